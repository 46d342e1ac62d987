package io.careerhistory.command.api.idempotency;

import java.util.Arrays;
import java.util.Objects;

/**
 * The response a request got, replayed to every repeat of it. {@code location} and {@code position} (the
 * {@link io.careerhistory.command.api.CommandAnswerHeaders#POSITION} header) may be null.
 */
public record StoredResponse(int status, String contentType, String location, String position, byte[] body) {

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredResponse that && status == that.status && Objects.equals(contentType, that.contentType)
                && Objects.equals(location, that.location) && Objects.equals(position, that.position)
                && Arrays.equals(body, that.body);
    }

    @Override
    public int hashCode() {
        return Objects.hash(status, contentType, location, position, Arrays.hashCode(body));
    }

    @Override
    public String toString() {
        return "StoredResponse[status=" + status + ", location=" + location + ", " + body.length + " bytes]";
    }
}
