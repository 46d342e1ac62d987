package io.careerhistory.command.promotion;

import io.careerhistory.events.EmployeeId;

import java.time.LocalDate;

/**
 * Compiles a case's evidence: the readiness rules applied to the employee's events as committed, and the position up
 * to which they were read, so that the same evidence can be re-derived later.
 */
public interface PromotionEvidence {

    Evidence compile(EmployeeId employeeId, LocalDate assessedOn);

    /** The rules' result in canonical JSON and its SHA-256, from the events in commits up to {@code position}. */
    record Evidence(long position, String rulesVersion, Integer frameworkVersion, String readinessStatus, String json,
                    String sha256) {
    }
}
