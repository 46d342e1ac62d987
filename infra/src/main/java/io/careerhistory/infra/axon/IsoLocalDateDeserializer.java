package io.careerhistory.infra.axon;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import io.careerhistory.infra.time.IsoText;

import java.io.IOException;
import java.time.LocalDate;

/**
 * Reads the stored form of a business date, {@code yyyy-MM-dd}, by hand, and hands anything else to Jackson's own
 * deserializer. Almost every event carries a date, and the JDK's formatter took about a quarter of reading an event's
 * payload (the same reason {@code StoredTimestamps} parses instants by hand).
 * <p>
 * The same value or the same error as Jackson's: a text of any other shape, and a date that does not exist
 * ({@code 2025-02-30}), go to it. A field whose {@code @JsonFormat} names a pattern gets Jackson's own deserializer
 * for it ({@link #withDateFormat} is not overridden); a shape or leniency, which every value gets from the defaults,
 * keeps this one.
 */
final class IsoLocalDateDeserializer extends LocalDateDeserializer {

    private static final int LENGTH = 10; // "yyyy-MM-dd"

    IsoLocalDateDeserializer() {
        super();
    }

    private IsoLocalDateDeserializer(IsoLocalDateDeserializer base, JsonFormat.Shape shape) {
        super(base, shape);
    }

    private IsoLocalDateDeserializer(IsoLocalDateDeserializer base, Boolean leniency) {
        super(base, leniency);
    }

    @Override
    protected LocalDateDeserializer withShape(JsonFormat.Shape shape) {
        return new IsoLocalDateDeserializer(this, shape);
    }

    @Override
    protected LocalDateDeserializer withLeniency(Boolean leniency) {
        return new IsoLocalDateDeserializer(this, leniency);
    }

    @Override
    public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
        if (parser.hasToken(JsonToken.VALUE_STRING)) {
            LocalDate date = parse(parser.getText());
            if (date != null) {
                return date;
            }
        }
        return super.deserialize(parser, context);
    }

    /** The date a {@code yyyy-MM-dd} text names, or null for any other text or a day that does not exist. */
    static LocalDate parse(String text) {
        return text.length() == LENGTH ? IsoText.date(text, 0) : null;
    }
}
