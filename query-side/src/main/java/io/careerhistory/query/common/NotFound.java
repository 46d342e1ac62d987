package io.careerhistory.query.common;

/** The thing asked for does not exist (or is not visible yet); answered with 404. */
public class NotFound extends RuntimeException {

    public NotFound(String message) {
        super(message);
    }
}
