package io.careerhistory.infra.eventstore;

import org.axonframework.eventhandling.EventMessage;

import java.util.List;

/** A commit waiting in the group-commit queue, and how its write ended. Settled under the engine's append lock. */
final class PendingCommit {

    private final StoredCommit draft;
    private final List<? extends EventMessage<?>> events;
    private volatile boolean settled;
    private volatile RuntimeException failure;

    PendingCommit(StoredCommit draft, List<? extends EventMessage<?>> events) {
        this.draft = draft;
        this.events = events;
    }

    StoredCommit draft() {
        return draft;
    }

    List<? extends EventMessage<?>> events() {
        return events;
    }

    boolean isSettled() {
        return settled;
    }

    void succeed() {
        settled = true;
    }

    void fail(RuntimeException cause) {
        failure = cause;
        settled = true;
    }

    void throwIfFailed() {
        if (failure != null) {
            throw failure;
        }
    }
}
