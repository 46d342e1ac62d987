package io.careerhistory.readiness;

public enum ReadinessStatus {
    /** Every criterion of the next level is met. */
    READY,
    NOT_READY,
    /** The employee holds the highest level of their track. */
    TOP_OF_TRACK,
    /** The employee's track or level is not in the framework version in force, so there is nothing to measure against. */
    LEVEL_NOT_IN_FRAMEWORK,
    /** Not employed on the date asked about (not yet hired, or departed). */
    NOT_EMPLOYED,
    /** No framework version was in force on the date. */
    NO_FRAMEWORK
}
