package io.careerhistory.query.mentorship;

import io.careerhistory.events.mentorship.MentorMatchedEvent;
import io.careerhistory.events.mentorship.MentorshipCancelledEvent;
import io.careerhistory.events.mentorship.MentorshipRequestedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

import static com.mongodb.client.model.Updates.combine;
import static com.mongodb.client.model.Updates.set;
import static com.mongodb.client.model.Updates.setOnInsert;

/**
 * The mentorship requests waiting for a mentor, which talent partners match. A match or a cancellation closes one for
 * good: a request's own event, redelivered, only sets what it set before and never opens it again.
 */
@Component
@ProcessingGroup(MentorshipRequestsProjection.PROCESSING_GROUP)
public class MentorshipRequestsProjection {

    public static final String PROCESSING_GROUP = "mentorship-requests";

    private final MentorshipRequestsRepository repository;

    public MentorshipRequestsProjection(MentorshipRequestsRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    public void on(MentorshipRequestedEvent e) {
        repository.update(e.mentorshipId(), combine(set("menteeId", e.menteeId().value()), set("kind", e.kind().name()),
                                                    set("topic", e.topic()), set("requestedOn", e.requestedOn().toString()),
                                                    setOnInsert("open", true)));
    }

    @EventHandler
    public void on(MentorMatchedEvent e) {
        repository.update(e.mentorshipId(), set("open", false));
    }

    @EventHandler
    public void on(MentorshipCancelledEvent e) {
        repository.update(e.mentorshipId(), set("open", false));
    }

    @ResetHandler
    public void reset() {
        repository.deleteAll();
    }
}
