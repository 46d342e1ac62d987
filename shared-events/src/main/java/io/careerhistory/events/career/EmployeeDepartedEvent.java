package io.careerhistory.events.career;

import io.careerhistory.events.DataSubject;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.PersonalData;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The employee left on {@code departedOn}. Their history stays; nothing new can be recorded for them. */
@Revision("1")
public record EmployeeDepartedEvent(@DataSubject EmployeeId employeeId, LocalDate departedOn, @PersonalData String reason) {
}
