package io.careerhistory.infra.deadletters;

import java.util.Arrays;
import java.util.Locale;

/** What an admin does with dead letters. */
public enum DeadLetterAction {
    RETRY, EVICT;

    static DeadLetterAction parse(String action) {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("action is required, one of " + names());
        }
        try {
            return valueOf(action.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("action must be one of " + names() + ", not '" + action + "'");
        }
    }

    private static String names() {
        return Arrays.stream(values()).map(a -> a.name().toLowerCase(Locale.ROOT)).toList().toString();
    }
}
