package io.careerhistory.command.career;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.career.PlanParty;

import java.util.HashMap;
import java.util.Map;

/**
 * The goals of an employee's development plan and where each stands: proposed by one side, agreed by the other,
 * then achieved or dropped. Part of the {@link EmployeeCareer} aggregate and its snapshots.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
final class DevelopmentPlan {

    enum Status { PROPOSED, AGREED, CLOSED }

    record Goal(PlanParty proposedBy, Status status) {
    }

    private final Map<String, Goal> goals = new HashMap<>();

    void requireAgreeableBy(String goalId, PlanParty party) {
        Goal goal = existing(goalId);
        requireOpen(goalId, goal);
        if (goal.status() == Status.AGREED) {
            throw new BusinessRuleViolation(ErrorCode.GOAL_ALREADY_AGREED, "Goal " + goalId + " is already agreed");
        }
        if (goal.proposedBy() == party) {
            throw new BusinessRuleViolation(ErrorCode.SELF_APPROVAL, "Goal " + goalId + " was proposed by the "
                    + party.name().toLowerCase() + "; the other side must agree to it");
        }
    }

    void requireAgreedAndOpen(String goalId) {
        Goal goal = existing(goalId);
        requireOpen(goalId, goal);
        if (goal.status() != Status.AGREED) {
            throw new BusinessRuleViolation(ErrorCode.GOAL_NOT_AGREED, "Goal " + goalId + " is not agreed yet");
        }
    }

    void requireOpen(String goalId) {
        requireOpen(goalId, existing(goalId));
    }

    void proposed(String goalId, PlanParty by) {
        goals.put(goalId, new Goal(by, Status.PROPOSED));
    }

    void agreed(String goalId) {
        goals.computeIfPresent(goalId, (id, goal) -> new Goal(goal.proposedBy(), Status.AGREED));
    }

    void closed(String goalId) {
        goals.computeIfPresent(goalId, (id, goal) -> new Goal(goal.proposedBy(), Status.CLOSED));
    }

    private Goal existing(String goalId) {
        Goal goal = goals.get(goalId);
        if (goal == null) {
            throw new BusinessRuleViolation(ErrorCode.GOAL_NOT_FOUND, "No development goal " + goalId);
        }
        return goal;
    }

    private static void requireOpen(String goalId, Goal goal) {
        if (goal.status() == Status.CLOSED) {
            throw new BusinessRuleViolation(ErrorCode.GOAL_CLOSED, "Goal " + goalId + " was already achieved or dropped");
        }
    }
}
