package io.careerhistory.events.career;

/** What became of a hack-week project. */
public enum HackWeekOutcome {
    /** Shown at the demo, went no further. */
    DEMOED,
    /** Made it to production. */
    SHIPPED,
    /** Became a funded project or a team's roadmap item. */
    CONTINUED,
    /** Given up during the week. */
    STOPPED
}
