package io.careerhistory.command.api;

import org.springframework.http.HttpStatus;

/**
 * The closed list of business rule violations. Each code is stable: clients may switch on it.
 * The HTTP status says whether retrying could ever help (409: the state conflicts) or not (422).
 */
public enum ErrorCode {
    EMPLOYEE_ALREADY_HIRED(HttpStatus.CONFLICT),
    COMPLETION_ALREADY_RECORDED(HttpStatus.CONFLICT);

    private final HttpStatus status;

    ErrorCode(HttpStatus status) {
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
