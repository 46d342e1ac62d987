package io.careerhistory.infra.xapi;

import java.time.Instant;

/**
 * A statement as the store keeps it: who sent it, the hash of what was sent (to tell a repeat from a conflict), what it
 * did, and the statement as it is served back ({@code body}, JSON, with {@code stored} and {@code authority}), which
 * is sealed under the learner's key when the learner is an employee; null once their personal data is erased.
 */
record KeptStatement(String id, String source, String hash, Outcome outcome, String reason, String employeeId, String completionId, String voidedBy, Instant stored, String body) {

    boolean voided() {
        return voidedBy != null;
    }

    KeptStatement settled(Outcome outcome, String reason, String completionId) {
        return new KeptStatement(id, source, hash, outcome, reason, employeeId, completionId, voidedBy, stored,
                                 body);
    }
}
