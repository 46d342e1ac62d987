package io.careerhistory.infra.deadletters;

import com.mongodb.MongoSocketReadException;
import com.mongodb.MongoTimeoutException;
import com.mongodb.ServerAddress;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericEventMessage;
import org.axonframework.messaging.deadletter.DeadLetter;
import org.axonframework.messaging.deadletter.GenericDeadLetter;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RetryWhenMongoIsAwayTest {

    private final RetryWhenMongoIsAway policy = new RetryWhenMongoIsAway();
    private final DeadLetter<EventMessage<?>> letter =
            new GenericDeadLetter<>("employee-1", GenericEventMessage.asEventMessage("an event"));

    @Test
    void aFailureOfTheHandlerIsDeadLetteredWithItsCause() {
        IllegalStateException bug = new IllegalStateException("a bug in the projection");

        var decision = policy.decide(letter, bug);

        assertThat(decision.shouldEnqueue()).isTrue();
        assertThat(decision.enqueueCause()).contains(bug);
    }

    @Test
    void mongoDbOutOfReachIsRethrownSoTheProcessorRetriesTheEvent() {
        var unreachable = new MongoSocketReadException("connection reset", new ServerAddress("127.0.0.1", 27017));
        var wrapped = new IllegalStateException("view write failed", unreachable);

        assertThatThrownBy(() -> policy.decide(letter, wrapped))
                .isInstanceOf(RetryWhenMongoIsAway.MongoAwayWhileHandling.class).hasRootCause(unreachable);
        assertThatThrownBy(() -> policy.decide(letter, new MongoTimeoutException("no server selected")))
                .isInstanceOf(RetryWhenMongoIsAway.MongoAwayWhileHandling.class);
    }
}
