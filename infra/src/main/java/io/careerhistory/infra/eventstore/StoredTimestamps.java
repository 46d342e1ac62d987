package io.careerhistory.infra.eventstore;

import io.careerhistory.infra.time.IsoText;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;

import static io.careerhistory.infra.time.IsoText.digits;

/**
 * Writes and reads stored timestamps in the form of {@link Instant#toString}: {@code 2026-11-26T12:24:23Z}, with 3, 6
 * or 9 fraction digits when there are any. Every event written and read pays for this, and the JDK's formatter and
 * parser took a tenth of an append's and of a replay's time on our side, so years 0000 to 9999 are done by hand.
 * <p>
 * {@link #format} gives exactly what {@link Instant#toString} gives, and hands any other year to it. {@link #parse}
 * hands any other text, or a field out of range (including 24:00:00 and a leap second, which {@link Instant#parse}
 * accepts), to {@link Instant#parse}, which gives the same value or the same error.
 */
final class StoredTimestamps {

    private static final int SECONDS_END = 19; // "yyyy-MM-ddTHH:mm:ss"
    private static final long SECONDS_PER_DAY = 86_400;

    private static final long FIRST_FOUR_DIGIT_SECOND = -62_167_219_200L; // 0000-01-01T00:00:00Z
    private static final long LAST_FOUR_DIGIT_SECOND = 253_402_300_799L;  // 9999-12-31T23:59:59Z

    private StoredTimestamps() {
    }

    static String format(Instant instant) {
        long seconds = instant.getEpochSecond();
        if (seconds < FIRST_FOUR_DIGIT_SECOND || seconds > LAST_FOUR_DIGIT_SECOND) {
            return instant.toString();
        }
        LocalDate date = LocalDate.ofEpochDay(Math.floorDiv(seconds, SECONDS_PER_DAY));
        int secondOfDay = (int) Math.floorMod(seconds, SECONDS_PER_DAY);
        int nanos = instant.getNano();
        int fraction = fractionLength(nanos);
        byte[] text = new byte[SECONDS_END + fraction + 1];
        put(text, 0, 4, date.getYear());
        text[4] = '-';
        put(text, 5, 2, date.getMonthValue());
        text[7] = '-';
        put(text, 8, 2, date.getDayOfMonth());
        text[10] = 'T';
        put(text, 11, 2, secondOfDay / 3600);
        text[13] = ':';
        put(text, 14, 2, secondOfDay / 60 % 60);
        text[16] = ':';
        put(text, 17, 2, secondOfDay % 60);
        if (fraction > 0) {
            text[SECONDS_END] = '.';
            int shown = fraction == 4 ? nanos / 1_000_000 : fraction == 7 ? nanos / 1000 : nanos;
            put(text, SECONDS_END + 1, fraction - 1, shown);
        }
        text[text.length - 1] = 'Z';
        return new String(text, StandardCharsets.US_ASCII);
    }

    /** ".ddd", ".dddddd" or ".ddddddddd" as needed, as {@link Instant#toString} writes it; nothing for whole seconds. */
    private static int fractionLength(int nanos) {
        if (nanos == 0) {
            return 0;
        }
        return nanos % 1_000_000 == 0 ? 4 : nanos % 1000 == 0 ? 7 : 10;
    }

    /** {@code value} as {@code count} decimal digits, zero-padded, from {@code from}. */
    private static void put(byte[] text, int from, int count, int value) {
        for (int i = from + count - 1; i >= from; i--) {
            text[i] = (byte) ('0' + value % 10);
            value /= 10;
        }
    }

    static Instant parse(String text) {
        int length = text.length();
        if (length < SECONDS_END + 1 || text.charAt(length - 1) != 'Z' || !separatorsAt(text)) {
            return Instant.parse(text);
        }
        LocalDate date = IsoText.date(text, 0);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        int nanos = fraction(text, SECONDS_END, length - 1);
        if (date == null || hour < 0 || hour > 23 || minute < 0 || minute > 59 || second < 0 || second > 59 || nanos < 0) {
            return Instant.parse(text);
        }
        return Instant.ofEpochSecond(date.toEpochDay() * SECONDS_PER_DAY + hour * 3600L + minute * 60L + second, nanos);
    }

    private static boolean separatorsAt(String text) {
        return text.charAt(4) == '-' && text.charAt(7) == '-' && text.charAt(10) == 'T' && text.charAt(13) == ':'
                && text.charAt(16) == ':';
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
