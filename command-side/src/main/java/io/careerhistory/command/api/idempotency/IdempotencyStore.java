package io.careerhistory.command.api.idempotency;

/**
 * Remembers, per idempotency key, which request claimed it and the response it got. Implemented where the storage is
 * (infra); claiming must be atomic across nodes, so that two requests with one key never both run.
 */
public interface IdempotencyStore {

    /** What a request finds when it claims its key. */
    sealed interface Claim permits Claimed, AlreadyDone, InProgress, Mismatch {
    }

    /** The key was free and is now this request's: run it, then {@link #complete} or {@link #release}. */
    record Claimed() implements Claim {
    }

    /** The same request already ran: answer with its response. */
    record AlreadyDone(StoredResponse response) implements Claim {
    }

    /** The same request is running right now. */
    record InProgress() implements Claim {
    }

    /** The key was used for a different request. */
    record Mismatch() implements Claim {
    }

    Claim claim(String key, String fingerprint);

    void complete(String key, StoredResponse response);

    /** The request failed: forget the key, so that a corrected request may use it. */
    void release(String key);
}
