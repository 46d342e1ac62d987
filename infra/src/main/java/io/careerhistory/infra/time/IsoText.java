package io.careerhistory.infra.time;

import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reads the digits of ISO-8601 text by hand, for the stored forms read once per event (instants and business dates),
 * where the JDK's formatter was a measurable share of the time. Callers hand anything these do not read to the JDK,
 * which gives the same value or the same error.
 */
public final class IsoText {

    private IsoText() {
    }

    /** The day {@code yyyy-MM-dd} names from {@code from}, or null if the text there is not one or the day does not exist. */
    public static LocalDate date(String text, int from) {
        if (text.length() < from + 10 || text.charAt(from + 4) != '-' || text.charAt(from + 7) != '-') {
            return null;
        }
        int year = digits(text, from, 4);
        int month = digits(text, from + 5, 2);
        int day = digits(text, from + 8, 2);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException notADay) {
            return null;
        }
    }

    /** The number written with {@code count} ASCII digits from {@code from}, or -1 if one of them is not a digit. */
    public static int digits(String text, int from, int count) {
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
}
