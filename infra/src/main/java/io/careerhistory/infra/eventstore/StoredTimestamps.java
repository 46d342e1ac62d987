package io.careerhistory.infra.eventstore;

import java.time.Instant;
import java.time.LocalDate;

/**
 * Reads a stored timestamp back into an {@link Instant}. Every event read pays for this, and {@link Instant#parse}
 * took a tenth of a replay's time on the reading side, so the one form the store writes ({@link Instant#toString}:
 * {@code 2026-11-26T12:24:23Z}, with 3, 6 or 9 fraction digits when there are any, years 0000 to 9999) is read by hand.
 * Any other text, or a field out of range (including 24:00:00 and a leap second, which {@link Instant#parse} accepts),
 * goes to {@link Instant#parse}, which gives the same value or the same error.
 */
final class StoredTimestamps {

    private static final int SECONDS_END = 19; // "yyyy-MM-ddTHH:mm:ss"
    private static final long SECONDS_PER_DAY = 86_400;

    private StoredTimestamps() {
    }

    static Instant parse(String text) {
        int length = text.length();
        if (length < SECONDS_END + 1 || text.charAt(length - 1) != 'Z' || !separatorsAt(text)) {
            return Instant.parse(text);
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int nanos = fraction(text, SECONDS_END, length - 1);
        if (year < 0 || month < 1 || month > 12 || day < 1 || (day > 28 && day > LocalDate.of(year, month, 1).lengthOfMonth())
                || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || nanos < 0) {
            return Instant.parse(text);
        }
        long epochDay = LocalDate.of(year, month, day).toEpochDay();
        return Instant.ofEpochSecond(epochDay * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second, nanos);
    }

    private static boolean separatorsAt(String text) {
        return text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':'
                && text.charAt(16) == ':';
    }

    /** The number written with {@code count} ASCII digits from {@code from}, or -1 if one of them is not a digit. */
    private static int digits(String text, int from, int count) {
        int value = 0;
        for (int i = from; i < from + count; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Nanoseconds from "" or ".d" to ".ddddddddd" between {@code from} and {@code end}; -1 for anything else. */
    private static int fraction(String text, int from, int end) {
        if (from == end) {
            return 0;
        }
        int count = end - from - 1;
        if (text.charAt(from) != '.' || count < 1 || count > 9) {
            return -1;
        }
        int value = digits(text, from + 1, count);
        for (int i = count; i < 9 && value >= 0; i++) {
            value *= 10;
        }
        return value;
    }
}
