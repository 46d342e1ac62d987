package io.careerhistory.events.career;

import io.careerhistory.events.DataSubject;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A takeaway from a retrospective that the employee chose to keep on their record. */
@Revision("1")
public record RetroTakeawayRecordedEvent(@DataSubject EmployeeId employeeId, String takeawayId, String retrospective, @PersonalData String takeaway,
                                         LocalDate recordedOn) {
}
