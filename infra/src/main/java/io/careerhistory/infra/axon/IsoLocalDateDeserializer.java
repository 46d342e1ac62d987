package io.careerhistory.infra.axon;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;

import java.io.IOException;
import java.time.DateTimeException;
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
        if (text.length() != LENGTH || text.charAt(4) != '-' || text.charAt(7) != '-') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 7);
        int day = digits(text, 8, 10);
        if (year < 0 || month < 0 || day < 0) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException notADay) {
            return null;
        }
    }

    /** The number the characters [from, to) spell, or -1 if one is not an ASCII digit. */
    private static int digits(String text, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            int digit = text.charAt(i) - '0';
            if (digit < 0 || digit > 9) {
                return -1;
            }
            value = value * 10 + digit;
        }
        return value;
    }
}
