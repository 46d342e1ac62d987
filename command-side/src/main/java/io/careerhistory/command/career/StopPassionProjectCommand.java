package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record StopPassionProjectCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                        String projectId,
                                        String reason,
                                        LocalDate stoppedOn) {
}
