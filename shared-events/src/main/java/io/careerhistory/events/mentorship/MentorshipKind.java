package io.careerhistory.events.mentorship;

/** {@code CLASSIC}: the mentor ranks above the mentee. {@code REVERSE}: the mentor ranks below, e.g. a junior teaching a lead. */
public enum MentorshipKind {
    CLASSIC,
    REVERSE
}
