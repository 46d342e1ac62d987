package io.careerhistory.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;

import java.util.UUID;

/** Identifies one employee for their whole career. Stored as a bare string in events. */
public record EmployeeId(String value) {

    public EmployeeId {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("An employee id must not be blank");
        }
        if (!value.matches("[A-Za-z0-9_-]{1,64}")) {
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
