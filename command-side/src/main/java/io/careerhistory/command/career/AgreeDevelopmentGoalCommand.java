package io.careerhistory.command.career;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.PlanParty;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

import java.time.LocalDate;

public record AgreeDevelopmentGoalCommand(@TargetAggregateIdentifier EmployeeId employeeId,
                                          String goalId,
                                          PlanParty agreedBy,
                                          LocalDate agreedOn) {
}
