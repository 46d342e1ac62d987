package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** Records that the employee's personal data is erased; the key itself is destroyed by the caller (infra). */
public record ErasePersonalDataCommand(@TargetAggregateIdentifier EmployeeId employeeId, LocalDate erasedOn) {
}
