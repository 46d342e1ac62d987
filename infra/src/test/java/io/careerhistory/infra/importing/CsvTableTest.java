package io.careerhistory.infra.importing;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Rows know the line they start on, even after a quoted value that spans lines; a malformed row is an error. */
class CsvTableTest {

    private static final Set<String> REQUIRED = Set.of("employee_ref", "title");

    @Test
    void aRowStartsOnTheLineAfterAQuotedValueThatSpansLines() {
        List<ImportError> errors = new ArrayList<>();
        List<CsvTable.Row> rows = CsvTable.parse("courses.csv", "\uFEFFEmployee_Ref,Title\n"
                + "a,\"two\nlines, and a comma\"\n"
                + "b,  plain  \n"
                + "c\n", REQUIRED, Set.of(), errors);

        assertThat(rows).extracting(CsvTable.Row::line).containsExactly(2, 4);
        assertThat(rows.get(0).get("title")).isEqualTo("two\nlines, and a comma");
        assertThat(rows.get(1).get("title")).isEqualTo("plain");
        assertThat(errors).containsExactly(new ImportError("courses.csv", 5, null, "has 1 values; the header names 2"));
    }

    @Test
    void aMissingOrUnknownColumnIsAnErrorOnTheHeaderLine() {
        List<ImportError> errors = new ArrayList<>();
        assertThat(CsvTable.parse("courses.csv", "employee_ref,colour\na,red\n", REQUIRED, Set.of(), errors)).isEmpty();
        assertThat(errors).extracting(ImportError::line).containsOnly(1);
        assertThat(errors).extracting(ImportError::column).containsExactlyInAnyOrder("title", "colour");
    }

    @Test
    void anUnterminatedQuoteIsAnError() {
        List<ImportError> errors = new ArrayList<>();
        CsvTable.parse("courses.csv", "employee_ref,title\na,\"never closed\n", REQUIRED, Set.of(), errors);
        assertThat(errors).singleElement().extracting(ImportError::message).asString().startsWith("is not readable CSV");
    }
}
