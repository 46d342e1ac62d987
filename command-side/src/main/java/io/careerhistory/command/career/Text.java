package io.careerhistory.command.career;

import java.util.List;

/** Text from a request, normalised: optional text stripped or null, lists stripped or empty. */
public final class Text {

    private Text() {
    }

    public static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public static List<String> stripped(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).toList();
    }
}
