package io.careerhistory.events.career;

import io.careerhistory.events.DataSubject;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

@Revision("1")
public record DevelopmentGoalDroppedEvent(@DataSubject EmployeeId employeeId, String goalId, @PersonalData String reason, LocalDate droppedOn) {
}
