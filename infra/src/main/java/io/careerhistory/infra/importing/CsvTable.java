package io.careerhistory.infra.importing;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One CSV file of an import (RFC 4180: quoted values may hold commas and line breaks), as rows that know the line they
 * start on. The header names the columns, in any order and case; a missing required column, an unknown one, or a row
 * with the wrong number of values is an error, reported with its line, never a row read wrongly.
 */
final class CsvTable {

    /** One row: its first line in the file, and its values by column, stripped; a blank value is absent. */
    record Row(String file, int line, Map<String, String> values) {
        String get(String column) {
            return values.get(column);
        }
    }

    private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
                                                             .setIgnoreEmptyLines(true).get();

    private CsvTable() {
    }

    static List<Row> parse(String file, String content, Set<String> required, Set<String> optional,
                           List<ImportError> errors) {
        List<Row> rows = new ArrayList<>();
        String text = content.startsWith("\uFEFF") ? content.substring(1) : content; // a byte-order mark from Excel
        try (CSVParser parser = CSVParser.builder().setReader(new StringReader(text)).setFormat(FORMAT).get()) {
            List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
            if (!columnsFit(file, header, required, optional, errors)) {
                return rows;
            }
            long lastLine = parser.getCurrentLineNumber();
            for (CSVRecord record : parser) {
                int line = (int) lastLine + 1;
                lastLine = parser.getCurrentLineNumber();
                if (record.size() != header.size()) {
                    errors.add(new ImportError(file, line, null, "has " + record.size() + " values; the header names "
                                                                         + header.size()));
                    continue;
                }
                Map<String, String> values = new HashMap<>();
                for (int i = 0; i < header.size(); i++) {
                    String value = record.get(i).strip();
                    if (!value.isEmpty()) {
                        values.put(header.get(i), value);
                    }
                }
                rows.add(new Row(file, line, values));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException | IllegalArgumentException e) {
            errors.add(new ImportError(file, 0, null, "is not readable CSV: " + e.getMessage()));
        }
        return rows;
    }

    private static boolean columnsFit(String file, List<String> header, Set<String> required, Set<String> optional,
                                      List<ImportError> errors) {
        int before = errors.size();
        for (String column : required) {
            if (!header.contains(column)) {
                errors.add(new ImportError(file, 1, column, "the header has no column " + column));
            }
        }
        for (String column : header) {
            if (!required.contains(column) && !optional.contains(column)) {
                errors.add(new ImportError(file, 1, column, "unknown column " + column + "; the columns are "
                                                                    + required + " and optionally " + optional));
            }
        }
        return errors.size() == before;
    }
}
