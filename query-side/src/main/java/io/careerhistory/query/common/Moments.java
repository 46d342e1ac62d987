package io.careerhistory.query.common;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/** A moment given in a request: an ISO instant, or a date (UTC), taken as the start of that day or of the next. */
public final class Moments {

    private Moments() {
    }

    /**
     * @param name     the parameter, for the message of a bad value
     * @param afterDay for a date: the start of the next day (an exclusive end), else the start of that day
     */
    public static Instant parse(String name, String value, boolean afterDay) {
        try {
            if (isDate(value)) {
                LocalDate day = LocalDate.parse(value);
                return (afterDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(name + " must be an ISO date (2025-06-30) or instant "
                                                       + "(2025-06-30T12:00:00Z), not '" + value + "'");
        }
    }

    public static boolean isDate(String value) {
        return value.length() == 10;
    }
}
