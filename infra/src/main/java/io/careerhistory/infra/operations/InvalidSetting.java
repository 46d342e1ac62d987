package io.careerhistory.infra.operations;

/**
 * A setting the application cannot start with (a property, its environment variable, or a command-line option):
 * the message names the setting and what it takes. Reported at start-up as what to fix, not as a stack trace.
 */
public class InvalidSetting extends IllegalArgumentException {

    public InvalidSetting(String message) {
        super(message);
    }

    public InvalidSetting(String message, Throwable cause) {
        super(message, cause);
    }
}
