package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record AchieveDevelopmentGoalCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                            String goalId,
                                            LocalDate achievedOn) {
}
