package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** The employee left on {@code departedOn}. Their history stays; nothing new can be recorded for them. */
@Revision("1")
public record EmployeeDepartedEvent(EmployeeId employeeId, LocalDate departedOn, String reason) {
}
