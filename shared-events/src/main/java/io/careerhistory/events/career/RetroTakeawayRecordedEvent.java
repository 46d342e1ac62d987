package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A takeaway from a retrospective that the employee chose to keep on their record. */
@Revision("1")
public record RetroTakeawayRecordedEvent(EmployeeId employeeId, String takeawayId, String retrospective, String takeaway,
                                         LocalDate recordedOn) {
}
