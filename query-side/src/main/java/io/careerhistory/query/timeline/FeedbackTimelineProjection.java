package io.careerhistory.query.timeline;

import io.careerhistory.events.career.FeedbackReceivedEvent;
import io.careerhistory.events.career.RetroTakeawayRecordedEvent;
import io.careerhistory.events.career.ReviewCompletedEvent;
import io.careerhistory.query.common.GlobalPosition;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.util.Map;

import static io.careerhistory.query.timeline.TimelineKind.FEEDBACK_RECEIVED;
import static io.careerhistory.query.timeline.TimelineKind.RETRO_TAKEAWAY;
import static io.careerhistory.query.timeline.TimelineKind.REVIEW_COMPLETED;

/** Feedback, reviews and retrospective takeaways on the timeline. Same view as {@link TimelineProjection}. */
@Component
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
class FeedbackTimelineProjection {

    private static final Map<String, String> FROM = Map.of("PEER", "a peer", "MANAGER", "their manager",
                                                           "UPWARD", "a report");

    private final TimelineRepository repository;

    FeedbackTimelineProjection(TimelineRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(FeedbackReceivedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, FEEDBACK_RECEIVED, event.receivedOn(), sequence,
                                         "Feedback from " + FROM.get(event.direction().name()),
                                         Map.of("direction", event.direction().name(), "text", event.text()),
                                         Map.of("givenBy", event.givenBy().value())));
    }

    @EventHandler
    void on(ReviewCompletedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, REVIEW_COMPLETED, event.completedOn(), sequence,
                                         "Review of " + event.period() + " completed",
                                         Map.of("selfReflection", event.selfReflection(),
                                                "managerAssessment", event.managerAssessment()),
                                         Map.of("reviewerId", event.reviewerId().value(), "reviewId", event.reviewId())));
    }

    @EventHandler
    void on(RetroTakeawayRecordedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, RETRO_TAKEAWAY, event.recordedOn(), sequence,
                                         "Takeaway from " + event.retrospective(), Map.of("takeaway", event.takeaway()),
                                         Map.of("takeawayId", event.takeawayId())));
    }
}
