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
    DATE_BEFORE_HIRE(HttpStatus.UNPROCESSABLE_ENTITY),
    /** The same talk title on the same date is already recorded. */
    TALK_ALREADY_RECORDED(HttpStatus.CONFLICT),
    POD_ALREADY_JOINED(HttpStatus.CONFLICT),
    NOT_IN_POD(HttpStatus.CONFLICT),
    /** The same project title in the same hack week is already recorded. */
    HACK_WEEK_PROJECT_ALREADY_RECORDED(HttpStatus.CONFLICT),
    PASSION_PROJECT_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** The passion project was already shipped or stopped. */
    PASSION_PROJECT_ALREADY_ENDED(HttpStatus.CONFLICT),
    GOAL_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** The side that proposed a goal cannot also agree to it: the other side must. */
    SELF_APPROVAL(HttpStatus.UNPROCESSABLE_ENTITY),
    GOAL_ALREADY_AGREED(HttpStatus.CONFLICT),
    /** Progress and achievement count only for a goal both sides agreed to. */
    GOAL_NOT_AGREED(HttpStatus.CONFLICT),
    /** The goal was already achieved or dropped. */
    GOAL_CLOSED(HttpStatus.CONFLICT),
    /** A goal's target date cannot be before it is proposed. */
    TARGET_DATE_BEFORE_PROPOSAL(HttpStatus.UNPROCESSABLE_ENTITY),
    /** Feedback and reviews come from someone else. */
    SELF_FEEDBACK(HttpStatus.UNPROCESSABLE_ENTITY),
    /** A period has one review. */
    REVIEW_ALREADY_COMPLETED(HttpStatus.CONFLICT),
    /** At most one rotation is open (proposed, approved or started) at a time. */
    ROTATION_ALREADY_ACTIVE(HttpStatus.CONFLICT),
    ROTATION_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** The rotation is not at the step the command needs (e.g. starting one that is not approved). */
    ROTATION_WRONG_STEP(HttpStatus.CONFLICT),
    /** A rotation must end after it starts, and an extension must move the end later. */
    ROTATION_DATES_INVALID(HttpStatus.UNPROCESSABLE_ENTITY),
    /** Framework versions are numbered 1, 2, 3 ... in the order they are published. */
    FRAMEWORK_VERSION_OUT_OF_ORDER(HttpStatus.CONFLICT),
    /** A new framework version takes effect after the one before it. */
    FRAMEWORK_DATE_NOT_LATER(HttpStatus.UNPROCESSABLE_ENTITY),
    /** Tracks must have distinct names, and levels distinct codes and strictly rising ranks. */
    FRAMEWORK_INVALID(HttpStatus.UNPROCESSABLE_ENTITY),
    /** A login name identifies one employee. */
    LOGIN_NAME_TAKEN(HttpStatus.CONFLICT);

    private final HttpStatus status;

    ErrorCode(HttpStatus status) {
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
