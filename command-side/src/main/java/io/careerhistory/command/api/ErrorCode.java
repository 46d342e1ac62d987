package io.careerhistory.command.api;

import org.springframework.http.HttpStatus;

/**
 * The closed list of business rule violations. Each code is stable: clients may switch on it.
 * The HTTP status says whether retrying could ever help (409: the state conflicts) or not (422).
 */
public enum ErrorCode {
    /** The same course on the same date is already recorded. */
    COMPLETION_ALREADY_RECORDED(HttpStatus.CONFLICT),
    /**
     * A completion with the same source reference (an LMS id, an xAPI statement) is already recorded, even if since
     * retracted: a source reports each fact once, so a repeat is the same fact again.
     */
    SOURCE_REFERENCE_ALREADY_RECORDED(HttpStatus.CONFLICT),
    /** The employee has no completion with that id. */
    COMPLETION_NOT_FOUND(HttpStatus.NOT_FOUND),
    COMPLETION_ALREADY_RETRACTED(HttpStatus.CONFLICT),
    /** The employee has left: their history is closed. */
    EMPLOYEE_DEPARTED(HttpStatus.CONFLICT),
    /** The employee's personal data was erased: their record is closed, nothing new is recorded about them. */
    PERSONAL_DATA_ERASED(HttpStatus.GONE),
    /** A transfer must change the team, tribe, manager, track or level. */
    TRANSFER_CHANGES_NOTHING(HttpStatus.UNPROCESSABLE_ENTITY),
    /** Nobody manages themselves. */
    SELF_MANAGEMENT(HttpStatus.UNPROCESSABLE_ENTITY),
    /** A manager is an employee, employed on the day the report comes to them. */
    MANAGER_NOT_EMPLOYED(HttpStatus.UNPROCESSABLE_ENTITY),
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
    /** The track or level is not in the career framework version in force on that date. */
    NOT_IN_FRAMEWORK(HttpStatus.UNPROCESSABLE_ENTITY),
    /** The signed-in user acts as an employee here (a reviewer, a nominator) but no employee has their login name. */
    NOT_AN_EMPLOYEE(HttpStatus.FORBIDDEN),
    /** A manager acts on their own reports' records only (a talent partner on anyone's). */
    NOT_YOUR_REPORT(HttpStatus.FORBIDDEN),
    /** Facts of someone's own making (talks, pods, projects, takeaways) are recorded by them, or as the program allows. */
    NOT_YOUR_RECORD(HttpStatus.FORBIDDEN),
    /** A development plan is agreed between the employee and their manager; nobody else takes a side in it. */
    NOT_PARTY_TO_PLAN(HttpStatus.FORBIDDEN),
    /** A mentorship's steps are the mentee's and the mentor's to record, or the program's talent partners'. */
    NOT_PARTY_TO_MENTORSHIP(HttpStatus.FORBIDDEN),
    /** Feedback's direction follows who gave it (their manager, a report, a peer); another is refused. */
    FEEDBACK_DIRECTION_WRONG(HttpStatus.UNPROCESSABLE_ENTITY),
    /** A rotation is approved by someone in the host team on the day: a conversion moves the employee under them. */
    NOT_IN_HOST_TEAM(HttpStatus.FORBIDDEN),
    /** Only the employee may consent to their promotion being announced. */
    CONSENT_NOT_BY_EMPLOYEE(HttpStatus.FORBIDDEN),
    /** That past level or promotion is already imported: a re-run of an import records nothing twice. */
    HISTORY_ALREADY_IMPORTED(HttpStatus.CONFLICT),
    /** An imported promotion must start from the level held the day before it. */
    IMPORTED_HISTORY_INCONSISTENT(HttpStatus.UNPROCESSABLE_ENTITY),
    /** A login name identifies one employee. */
    LOGIN_NAME_TAKEN(HttpStatus.CONFLICT),
    /** No employee has that id. */
    EMPLOYEE_NOT_FOUND(HttpStatus.NOT_FOUND),
    /** Nobody mentors themselves. */
    MENTOR_IS_MENTEE(HttpStatus.UNPROCESSABLE_ENTITY),
    /** In a classic mentorship the mentor ranks above the mentee. */
    MENTOR_NOT_SENIOR(HttpStatus.UNPROCESSABLE_ENTITY),
    /** In a reverse mentorship the mentor ranks below the mentee. */
    REVERSE_MENTOR_NOT_JUNIOR(HttpStatus.UNPROCESSABLE_ENTITY),
    /** A level is missing from the framework version in force, so ranks cannot be compared. */
    RANK_UNKNOWN(HttpStatus.UNPROCESSABLE_ENTITY),
    /** The mentorship is not at the step the command needs (e.g. logging a session before a mentor is matched). */
    MENTORSHIP_WRONG_STEP(HttpStatus.CONFLICT),
    /** A mentorship's facts cannot predate its request or its match. */
    MENTORSHIP_DATE_INVALID(HttpStatus.UNPROCESSABLE_ENTITY),
    /** Only a goal named in the request can be achieved. */
    MENTORSHIP_GOAL_UNKNOWN(HttpStatus.UNPROCESSABLE_ENTITY),
    MENTORSHIP_GOAL_ALREADY_ACHIEVED(HttpStatus.CONFLICT),
    /** Each session of a mentorship is logged once. */
    MENTORSHIP_SESSION_ALREADY_LOGGED(HttpStatus.CONFLICT),
    /** Nobody nominates themselves. */
    SELF_NOMINATION(HttpStatus.UNPROCESSABLE_ENTITY),
    /** A nomination is to the next level of the employee's track, or to a higher one with a documented exception. */
    PROMOTION_LEVEL_INVALID(HttpStatus.UNPROCESSABLE_ENTITY),
    /** An employee has at most one open promotion case. */
    PROMOTION_CASE_ALREADY_OPEN(HttpStatus.CONFLICT),
    /** Neither the nominee nor the nominator sits on the committee. */
    COMMITTEE_CONFLICT_OF_INTEREST(HttpStatus.UNPROCESSABLE_ENTITY),
    /** The committee has fewer members than the framework requires reviews. */
    COMMITTEE_TOO_SMALL(HttpStatus.UNPROCESSABLE_ENTITY),
    /** The chair is one of the committee's members. */
    CHAIR_NOT_ON_COMMITTEE(HttpStatus.UNPROCESSABLE_ENTITY),
    /** The case is not at the step the command needs (e.g. a review before the evidence, a second decision). */
    PROMOTION_WRONG_STEP(HttpStatus.CONFLICT),
    /** A case's evidence is attached once, so that every review sees the same. */
    EVIDENCE_ALREADY_ATTACHED(HttpStatus.CONFLICT),
    /** Only an assigned committee member reviews. */
    NOT_ON_COMMITTEE(HttpStatus.UNPROCESSABLE_ENTITY),
    /** Each member reviews a case once. */
    ALREADY_REVIEWED(HttpStatus.CONFLICT),
    /** Only the committee's chair decides. */
    NOT_CHAIR(HttpStatus.UNPROCESSABLE_ENTITY),
    /** A decision needs the reviews the framework requires. */
    REVIEWS_MISSING(HttpStatus.CONFLICT),
    /** A promotion is announced only if the employee opted in. */
    ANNOUNCEMENT_NOT_CONSENTED(HttpStatus.UNPROCESSABLE_ENTITY);

    private final HttpStatus status;

    ErrorCode(HttpStatus status) {
        this.status = status;
    }

    public HttpStatus status() {
        return status;
    }
}
