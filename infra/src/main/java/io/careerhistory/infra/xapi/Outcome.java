package io.careerhistory.infra.xapi;

/** What a kept statement did to the careers. */
enum Outcome {
    /** Kept, not yet applied: a crash between keeping and applying leaves this, and a repeat applies it. */
    PENDING,
    /** It recorded a course completion. */
    RECORDED,
    /** It voided another statement (and retracted its completion, if it had recorded one). */
    VOIDING,
    /** It is kept and did nothing, for the reason given. */
    IGNORED
}
