package io.careerhistory.readiness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The one JSON form of a value that is hashed: properties in alphabetical order, map keys sorted, dates as ISO text,
 * no whitespace, UTF-8. Anyone re-deriving evidence with the same rules gets the same bytes, so the same SHA-256.
 */
public final class CanonicalJson {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
                                                         .addModule(new JavaTimeModule())
                                                         .enable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
                                                         .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                                                         .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                                                         .build();

    private CanonicalJson() {
    }

    public static String of(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot write canonical JSON of " + value.getClass().getSimpleName(), e);
        }
    }

    /** Reads a value written by {@link #of}, e.g. an event payload kept in a view. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("Cannot read " + type.getSimpleName() + " from canonical JSON", e);
        }
    }

    /** The lowercase hex SHA-256 of the value's canonical JSON. */
    public static String sha256(Object value) {
        return sha256Hex(of(value));
    }

    /** The lowercase hex SHA-256 of the text's UTF-8 bytes. */
    public static String sha256Hex(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
