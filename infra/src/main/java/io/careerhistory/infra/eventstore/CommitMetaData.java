package io.careerhistory.infra.eventstore;

/** The metadata keys that every event carries and that the store lifts onto the commit. */
public final class CommitMetaData {

    public static final String ACTOR = "actor";
    public static final String CORRELATION_ID = "correlationId";
    public static final String CAUSATION_ID = "causationId";

    private CommitMetaData() {
    }
}
