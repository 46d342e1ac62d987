package io.careerhistory.command.api;

import org.springframework.http.HttpStatus;

/**
 * The closed list of business rule violations. Each code is stable: clients may switch on it.
 * The HTTP status says whether retrying could ever help (409: the state conflicts) or not (422).
 */
public enum ErrorCode {
    /** The same course on the same date, or the same source reference, is already recorded. */
    COMPLETION_ALREADY_RECORDED(HttpStatus.CONFLICT),
    /** The employee has no completion with that id. */
    COMPLETION_NOT_FOUND(HttpStatus.NOT_FOUND),
    COMPLETION_ALREADY_RETRACTED(HttpStatus.CONFLICT),
    /** The employee has left: their history is closed. */
    EMPLOYEE_DEPARTED(HttpStatus.CONFLICT),
    /** A transfer must change the team, tribe, manager, track or level. */
    TRANSFER_CHANGES_NOTHING(HttpStatus.UNPROCESSABLE_ENTITY),
    /** Nobody manages themselves. */
    SELF_MANAGEMENT(HttpStatus.UNPROCESSABLE_ENTITY),
    /** A fact of someone's career cannot happen before they were hired. */
    DATE_BEFORE_HIRE(HttpStatus.UNPROCESSABLE_ENTITY);

    private final HttpStatus status;

    ErrorCode(HttpStatus status) {
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
