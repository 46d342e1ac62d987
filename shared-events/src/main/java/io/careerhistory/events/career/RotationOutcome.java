package io.careerhistory.events.career;

/** How a job rotation ended: back to the home team, or converted into a move to the host team. */
public enum RotationOutcome {
    RETURNED,
    CONVERTED
}
