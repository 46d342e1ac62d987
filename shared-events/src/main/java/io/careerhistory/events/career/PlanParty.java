package io.careerhistory.events.career;

/** The two sides of a development plan: one proposes a goal, the other agrees to it. */
public enum PlanParty {
    EMPLOYEE,
    MANAGER
}
