package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

/** The whole new placement; a field left null keeps its current value. */
public record TransferEmployeeCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                      String team,
                                      String tribe,
                                      EmployeeId managerId,
                                      String track,
                                      String level,
                                      LocalDate effectiveOn) {
}
