package io.careerhistory.events.framework;

/** What a level's criterion counts in a career. Each is met when the count reaches {@code minimum}. */
public enum CriterionKind {
    /** Courses completed (not retracted). */
    COURSES_COMPLETED,
    /** Each of the named skills, from completions, talks or projects. */
    SKILLS,
    /** Whole months in the current level. */
    MONTHS_IN_LEVEL,
    /** Mentorships concluded as the mentor. */
    MENTORING_GIVEN,
    /** Rotations completed. */
    ROTATIONS_COMPLETED,
    /** Development goals achieved. */
    GOALS_ACHIEVED,
    /** Tech talks given. */
    TECH_TALKS,
    /** Committee reviews a promotion to this level needs. */
    PROMOTION_REVIEWS
}
