package io.careerhistory.infra.xapi;

/** A statement id already kept with a different statement: 409, as the xAPI spec answers. */
class ConflictingStatement extends RuntimeException {

    ConflictingStatement(String statementId) {
        super("Statement " + statementId + " is already kept with different content; a statement never changes");
    }
}
