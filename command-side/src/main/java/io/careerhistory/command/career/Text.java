package io.careerhistory.command.career;

/** Optional text from a request: stripped, and null when absent or blank. */
final class Text {

    private Text() {
    }

    static String orNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
