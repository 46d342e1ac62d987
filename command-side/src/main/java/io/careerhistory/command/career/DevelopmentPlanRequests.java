package io.careerhistory.command.career;

import io.careerhistory.command.api.HasHappened;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.GoalCategory;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/**
 * The request bodies of {@link DevelopmentPlanController}. Which side proposes or agrees is not in the body: it is the
 * signed-in user, the employee or their manager.
 */
final class DevelopmentPlanRequests {

    private DevelopmentPlanRequests() {
    }

    record ProposeGoal(@NotBlank @Size(max = 300) String title,
                       @NotNull GoalCategory category,
                       @NotNull LocalDate targetDate,
                       @NotNull @HasHappened LocalDate proposedOn) {
        ProposeDevelopmentGoalCommand toCommand(EmployeeId employeeId, String goalId) {
            return new ProposeDevelopmentGoalCommand(employeeId, goalId, title.strip(), category, targetDate, null,
                                                     proposedOn);
        }
    }

    record AgreeGoal(@NotNull @HasHappened LocalDate agreedOn) {
        AgreeDevelopmentGoalCommand toCommand(EmployeeId employeeId, String goalId) {
            return new AgreeDevelopmentGoalCommand(employeeId, goalId, null, agreedOn);
        }
    }

    record NoteProgress(@NotBlank @Size(max = 2000) String note, @NotNull @HasHappened LocalDate notedOn) {
        NoteGoalProgressCommand toCommand(EmployeeId employeeId, String goalId) {
            return new NoteGoalProgressCommand(employeeId, goalId, note.strip(), notedOn);
        }
    }

    record AchieveGoal(@NotNull @HasHappened LocalDate achievedOn) {
        AchieveDevelopmentGoalCommand toCommand(EmployeeId employeeId, String goalId) {
            return new AchieveDevelopmentGoalCommand(employeeId, goalId, achievedOn);
        }
    }

    record DropGoal(@NotBlank @Size(max = 1000) String reason, @NotNull @HasHappened LocalDate droppedOn) {
        DropDevelopmentGoalCommand toCommand(EmployeeId employeeId, String goalId) {
            return new DropDevelopmentGoalCommand(employeeId, goalId, reason.strip(), droppedOn);
        }
    }
}
