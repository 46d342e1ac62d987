package io.careerhistory.events.career;

/** Who gave feedback, seen from the employee who received it. */
public enum FeedbackDirection {
    PEER,
    MANAGER,
    /** From someone the employee manages. */
    UPWARD
}
