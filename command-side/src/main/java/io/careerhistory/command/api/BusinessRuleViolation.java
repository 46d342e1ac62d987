package io.careerhistory.command.api;

/** A command broke a rule of the domain; nothing was recorded. */
public class BusinessRuleViolation extends RuntimeException {

    private final ErrorCode code;

    public BusinessRuleViolation(ErrorCode code, String message) {
        super(message);
        this.code = code;
    }

    public ErrorCode code() {
        return code;
    }
}
