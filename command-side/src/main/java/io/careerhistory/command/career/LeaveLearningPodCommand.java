package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record LeaveLearningPodCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                      String podId,
                                      LocalDate leftOn) {
}
