package io.careerhistory.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identifies one employee for their whole career. Stored as a bare string in events. */
public record EmployeeId(String value) {

    /** The shape of every id the API hands out or accepts: employees, and the facts recorded about them. */
    public static final String PATTERN = "[A-Za-z0-9_-]{1,64}";

    public EmployeeId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An employee id must not be blank");
        }
        if (!value.matches(PATTERN)) {
            throw new IllegalArgumentException("An employee id has 1 to 64 letters, digits, '-' or '_': " + value);
        }
    }

    @JsonCreator
    public static EmployeeId of(String value) {
        return new EmployeeId(value);
    }

    public static EmployeeId random() {
        return new EmployeeId(UUID.randomUUID().toString());
    }

    /** Axon routes commands by the target id's toString, so it must be the bare value. */
    @JsonValue
    @Override
    public String toString() {
        return value;
    }
}
