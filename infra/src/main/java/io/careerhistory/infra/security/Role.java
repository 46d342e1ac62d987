package io.careerhistory.infra.security;

/** The roles of the system; a user has one or more. */
public enum Role {
    EMPLOYEE,
    MANAGER,
    TALENT_PARTNER,
    COMMITTEE,
    AUDITOR,
    ANALYST,
    ADMIN,
    /** A system that reports learning (an LMS) through xAPI: it signs in as itself and only sends statements. */
    LEARNING_RECORD_SOURCE
}
