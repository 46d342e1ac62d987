package io.careerhistory.infra.axon;

import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class IsoLocalDateDeserializerTest {

    record Completed(String courseId, LocalDate completedOn) {
    }

    private final ObjectMapper stored = SerializerConfiguration.storageObjectMapper();
    private final ObjectMapper jacksons = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void shouldBeTheDateReaderOfTheStorageMapper() throws Exception {
        DeserializationContext context = ((DefaultDeserializationContext) stored.getDeserializationContext())
                .createInstance(stored.getDeserializationConfig(), stored.createParser("0"), null);

        assertThat(context.findRootValueDeserializer(stored.constructType(LocalDate.class)))
                .isInstanceOf(IsoLocalDateDeserializer.class);
    }

    @Test
    void shouldReadEveryDayOfTwoCenturies() throws Exception {
        for (LocalDate day = LocalDate.of(1900, 1, 1); day.getYear() < 2100; day = day.plusDays(1)) {
            String json = "\"" + day + "\"";
            assertThat(stored.readValue(json, LocalDate.class)).isEqualTo(day);
        }
    }

    @Test
    void shouldReadADateInsideAnEvent() throws Exception {
        Completed read = stored.readValue("{\"courseId\":\"c-1\",\"completedOn\":\"2024-02-29\"}", Completed.class);

        assertThat(read).isEqualTo(new Completed("c-1", LocalDate.of(2024, 2, 29)));
    }

    @Test
    void shouldGiveJacksonsValueOrJacksonsErrorForAnyOtherInput() {
        List<String> inputs = List.of("\"2025-02-30\"", "\"2025-13-01\"", "\"2025-00-10\"", "\"2024-3-5\"",
                                      "\" 2024-03-05 \"", "\"2024-03-05T10:15:30\"", "\"+12024-03-05\"",
                                      "\"-001-01-01\"", "\"0000-01-01\"", "\"20x4-03-05\"", "\"\"", "[2024,3,5]",
                                      "19000", "null");
        for (String input : inputs) {
            assertThat(outcome(stored, input)).as(input).isEqualTo(outcome(jacksons, input));
        }
    }

    @Test
    void shouldParseOnlyTheStoredShapeByHand() {
        assertThat(IsoLocalDateDeserializer.parse("2026-11-27")).isEqualTo(LocalDate.of(2026, 11, 27));
        assertThat(IsoLocalDateDeserializer.parse("2025-02-29")).isNull();
        assertThat(IsoLocalDateDeserializer.parse("2026/11/27")).isNull();
        assertThat(IsoLocalDateDeserializer.parse("2026-11-2")).isNull();
        assertThat(IsoLocalDateDeserializer.parse("2026-1a-27")).isNull();
    }

    /** The value read, or the kind of error: what a caller of either mapper would see. */
    private static Object outcome(ObjectMapper mapper, String json) {
        try {
            return mapper.readValue(json, LocalDate.class);
        } catch (Exception e) {
            return e.getClass();
        }
    }
}
