package io.careerhistory.infra.export;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/**
 * Which events to export: of these types (class names, simple or full; all when empty), about this employee (an id, or for
 * analysts a pseudonym; all when null), recorded in [from, to). A bare date as {@code to} includes that whole day (UTC).
 */
public record ExportQuery(Set<String> types, String employee, Instant from, Instant to) {

    public static ExportQuery of(List<String> types, String employee, String from, String to) {
        Instant start = from == null || from.isBlank() ? null : instant("from", from, false);
        Instant end = to == null || to.isBlank() ? null : instant("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new IllegalArgumentException("'from' must be before 'to'");
        }
        return new ExportQuery(types == null ? Set.of() : Set.copyOf(types), employee == null || employee.isBlank() ? null
                                                                                              : employee, start, end);
    }

    private static Instant instant(String name, String value, boolean endOfDay) {
        try {
            if (value.length() == 10) {
                LocalDate day = LocalDate.parse(value);
                return (endOfDay ? day.plusDays(1) : day).atStartOfDay(ZoneOffset.UTC).toInstant();
            }
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + name + "' must be an ISO date (2025-06-30) or instant "
                                                       + "(2025-06-30T12:00:00Z): " + value);
        }
    }

    boolean recordedWithin(Instant recordedAt) {
        return (from == null || !recordedAt.isBefore(from)) && (to == null || recordedAt.isBefore(to));
    }

    /** By the class's simple name ({@code CourseCompletedEvent}) or its full name, as the export's {@code type} shows. */
    boolean ofType(Class<?> type) {
        return types.isEmpty() || types.contains(type.getSimpleName()) || types.contains(type.getName());
    }
}
