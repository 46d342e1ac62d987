package io.careerhistory.events.career;

import io.careerhistory.events.DataSubject;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record PassionProjectStoppedEvent(@DataSubject EmployeeId employeeId, String projectId, @PersonalData String reason, LocalDate stoppedOn) {
}
