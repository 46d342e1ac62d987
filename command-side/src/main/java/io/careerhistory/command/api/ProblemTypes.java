package io.careerhistory.command.api;

import java.util.Locale;

/** Where the API's problem types live: every problem JSON's {@code type} is this base and the problem's name. */
public final class ProblemTypes {

    public static final String BASE = "https://career-history.dev/problems/";

    private ProblemTypes() {
    }

    /** The type of a problem with a business code: {@code IDEMPOTENCY_KEY_REUSED} is {@code .../idempotency-key-reused}. */
    public static String ofCode(String code) {
        return BASE + name(code);
    }

    /** A business code as the last part of its problem type: {@code idempotency-key-reused}. */
    public static String name(String code) {
        return code.toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
