package io.careerhistory.infra.export;

import io.careerhistory.query.common.Moments;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * Which events to export: of these types (class names, simple or full; all when empty), about this employee (an id, or for
 * analysts a pseudonym; all when null), recorded in [from, to). A bare date as {@code to} includes that whole day (UTC).
 */
public record ExportQuery(Set<String> types, String employee, Instant from, Instant to) {

    public static ExportQuery of(List<String> types, String employee, String from, String to) {
        Instant start = from == null || from.isBlank() ? null : Moments.parse("from", from, false);
        Instant end = to == null || to.isBlank() ? null : Moments.parse("to", to, true);
        if (start != null && end != null && !start.isBefore(end)) {
            throw new IllegalArgumentException("from must be before to");
        }
        if (types != null) {
            EventTypes.check(types);
        }
        return new ExportQuery(types == null ? Set.of() : Set.copyOf(types), employee == null || employee.isBlank() ? null
                                                                                              : employee, start, end);
    }

    boolean recordedWithin(Instant recordedAt) {
        return (from == null || !recordedAt.isBefore(from)) && (to == null || recordedAt.isBefore(to));
    }

    /** By the class's simple name ({@code CourseCompletedEvent}) or its full name, as the export's {@code type} shows. */
    boolean ofType(Class<?> type) {
        return types.isEmpty() || types.contains(type.getSimpleName()) || types.contains(type.getName());
    }
}
