package io.careerhistory.infra.xapi;

/** A statement that breaks the xAPI 1.0.3 rules: 400, and nothing of its batch is kept. */
class InvalidStatement extends RuntimeException {

    InvalidStatement(String message) {
        super(message);
    }
}
