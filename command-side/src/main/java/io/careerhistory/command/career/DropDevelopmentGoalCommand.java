package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record DropDevelopmentGoalCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                         String goalId,
                                         String reason,
                                         LocalDate droppedOn) {
}
