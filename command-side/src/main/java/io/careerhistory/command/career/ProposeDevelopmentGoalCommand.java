package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.GoalCategory;
import io.careerhistory.events.career.PlanParty;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record ProposeDevelopmentGoalCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                            String goalId,
                                            String title,
                                            GoalCategory category,
                                            LocalDate targetDate,
                                            PlanParty proposedBy,
                                            LocalDate proposedOn) {
}
