package io.careerhistory.events.career;

import io.careerhistory.events.EmployeeId;
import org.axonframework.serialization.Revision;

import java.time.LocalDate;

/** A goal for the employee's development plan, proposed by them or their manager; it counts once the other agrees. */
@Revision("1")
public record DevelopmentGoalProposedEvent(EmployeeId employeeId, String goalId, String title, GoalCategory category,
                                           LocalDate targetDate, PlanParty proposedBy, LocalDate proposedOn) {
}
