package io.careerhistory.infra.web;

/**
 * The users of the integration tests' configuration ({@code CareerHistoryIntegrationTest}): {@link #TESTER} has every
 * role; the others one role each (plus EMPLOYEE where people hold both). One password for all: these exist only in
 * tests.
 */
final class TestUsers {

    static final String PASSWORD = "test-only-password";
    static final String TESTER = "tester";
    static final String EMPLOYEE = "emma";
    static final String MANAGER = "mark";
    static final String TALENT_PARTNER = "tina";
    static final String COMMITTEE = "carl";
    static final String SECOND_COMMITTEE = "cora";
    static final String AUDITOR = "audrey";
    static final String ANALYST = "anna";
    static final String ADMIN = "adam";
    /** An employee whose promotion is celebrated in the browser tests, so that no other test's case is in the way. */
    static final String CELEBRATED = "celia";
    /** An employee taken through a whole promotion in the web interface, up to consenting to its announcement. */
    static final String NOMINEE = "nora";
    /** A manager who has nominated nobody, to see what an empty page says. */
    static final String NEW_MANAGER = "nina";
    /** The lead of Design Systems, the team the rotation tests rotate into: a rotation's host lead approves it. */
    static final String HOST_LEAD = "hank";
    /** Two learning-record sources (xAPI), each with its own credentials. */
    static final String LMS = "lms";
    static final String OTHER_LMS = "other-lms";

    private TestUsers() {
    }
}
