package io.careerhistory.infra.importing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/** Reads typed values out of a row, adding an error with the row's line for each one that is missing or malformed. */
final class RowReader {

    private final CsvTable.Row row;
    private final List<ImportError> errors;

    RowReader(CsvTable.Row row, List<ImportError> errors) {
        this.row = row;
        this.errors = errors;
    }

    void error(String column, String message) {
        errors.add(new ImportError(row.file(), row.line(), column, message));
    }

    /** Required text of at most {@code max} characters; null (and an error) otherwise. */
    String text(String column, int max) {
        String value = optionalText(column, max);
        if (value == null && row.get(column) == null) {
            error(column, column + " is required");
        }
        return value;
    }

    String optionalText(String column, int max) {
        String value = row.get(column);
        if (value != null && value.length() > max) {
            error(column, column + " has " + value.length() + " characters; at most " + max);
            return null;
        }
        return value;
    }

    /** A required ISO date (2024-03-05) that is not after {@code latest}. */
    LocalDate date(String column, LocalDate latest) {
        String value = text(column, 10);
        if (value == null) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(value);
            if (date.isAfter(latest)) {
                error(column, column + " " + value + " is in the future; an import records what has happened");
                return null;
            }
            return date;
        } catch (DateTimeParseException e) {
            error(column, column + " must be an ISO date (2024-03-05), not '" + value + "'");
            return null;
        }
    }

    BigDecimal decimal(String column, BigDecimal min, BigDecimal max) {
        String value = text(column, 20);
        if (value == null) {
            return null;
        }
        try {
            BigDecimal number = new BigDecimal(value);
            if (number.compareTo(min) < 0 || number.compareTo(max) > 0) {
                error(column, column + " must be from " + min + " to " + max + ", not '" + value + "'");
                return null;
            }
            return number;
        } catch (NumberFormatException e) {
            error(column, column + " must be a number, not '" + value + "'");
            return null;
        }
    }

    <E extends Enum<E>> E oneOf(String column, Class<E> type) {
        String value = text(column, 64);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            error(column, column + " must be one of " + List.of(type.getEnumConstants()) + ", not '" + value + "'");
            return null;
        }
    }
}
