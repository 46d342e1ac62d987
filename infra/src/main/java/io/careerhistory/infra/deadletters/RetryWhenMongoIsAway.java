package io.careerhistory.infra.deadletters;

import io.careerhistory.infra.mongo.MongoAway;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.Decisions;
import org.axonframework.messaging.deadletter.EnqueueDecision;
import org.axonframework.messaging.deadletter.EnqueuePolicy;

/**
 * Dead-letters what fails in a handler, except an unreachable MongoDB: that is not the event's fault, and a dead
 * letter for it would need an admin to retry every event of the outage. Rethrown, it stops the processor's segment,
 * which retries the same event with back-off until MongoDB answers again, as before dead letters (ADR 0004).
 */
class RetryWhenMongoIsAway implements EnqueuePolicy<EventMessage<?>> {

    @Override
    public EnqueueDecision<EventMessage<?>> decide(DeadLetter<? extends EventMessage<?>> letter, Throwable cause) {
        if (MongoAway.causedBy(cause)) {
            throw new MongoAwayWhileHandling(cause);
        }
        return Decisions.enqueue(cause);
    }

    /** Propagates to the processor, which releases the segment and tries again. */
    static class MongoAwayWhileHandling extends RuntimeException {
        MongoAwayWhileHandling(Throwable cause) {
            super("MongoDB could not be reached while handling an event; the processor will try it again", cause);
        }
    }
}
