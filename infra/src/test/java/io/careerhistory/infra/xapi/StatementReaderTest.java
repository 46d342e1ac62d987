package io.careerhistory.infra.xapi;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/** A statement's duration as the hours of a course, and the hash that tells a repeat from a conflict. */
class StatementReaderTest {

    @Test
    void hoursAreReadFromAnyIso8601Duration() {
        assertThat(StatementReader.hours("PT2H30M")).isEqualByComparingTo("2.5");
        assertThat(StatementReader.hours("PT90S")).isEqualByComparingTo("0.03");
        assertThat(StatementReader.hours("P1DT1H")).isEqualByComparingTo("25");
        assertThat(StatementReader.hours("P2W")).isEqualByComparingTo("336");
        assertThat(StatementReader.hours(null)).isEqualByComparingTo(BigDecimal.ZERO);
    }

    @Test
    void aHashIgnoresWhatTheStoreAddsAndTheOrderOfProperties() throws Exception {
        ObjectMapper json = new ObjectMapper();
        ObjectNode sent = (ObjectNode) json.readTree("{\"id\":\"a\",\"verb\":{\"id\":\"v\"}}");
        ObjectNode reordered = (ObjectNode) json.readTree(
                "{\"verb\":{\"id\":\"v\"},\"id\":\"a\",\"stored\":\"2024-01-01T00:00:00Z\",\"version\":\"1.0.0\"}");
        ObjectNode changed = (ObjectNode) json.readTree("{\"id\":\"a\",\"verb\":{\"id\":\"w\"}}");
        assertThat(StatementIntake.hash(reordered)).isEqualTo(StatementIntake.hash(sent));
        assertThat(StatementIntake.hash(changed)).isNotEqualTo(StatementIntake.hash(sent));
    }
}
