package io.careerhistory.query.timeline;

import io.careerhistory.events.career.EmployeePromotedEvent;
import io.careerhistory.events.promotion.PromotionAnnouncedEvent;
import io.careerhistory.events.promotion.PromotionAnnouncementOptedInEvent;
import io.careerhistory.events.promotion.PromotionDecidedEvent;
import io.careerhistory.events.promotion.PromotionNominatedEvent;
import io.careerhistory.query.common.GlobalPosition;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

import static io.careerhistory.query.timeline.TimelineKind.PROMOTED;
import static io.careerhistory.query.timeline.TimelineKind.PROMOTION_ANNOUNCED;
import static io.careerhistory.query.timeline.TimelineKind.PROMOTION_DECIDED;
import static io.careerhistory.query.timeline.TimelineKind.PROMOTION_NOMINATED;

/**
 * Promotions on the employee's timeline: the nomination (carrying the case's status), the decision, the level change
 * and the announcement. The committee's work (members, evidence, reviews) belongs to the case's audit view, not here.
 */
@Component
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
class PromotionTimelineProjection {

    private static final String CASE_ID = "caseId";

    private final TimelineRepository repository;

    PromotionTimelineProjection(TimelineRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(PromotionNominatedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("fromLevel", event.fromLevel());
        details.put("toLevel", event.toLevel());
        details.put("justification", event.justification());
        if (event.exceptionReason() != null) {
            details.put("exceptionReason", event.exceptionReason());
        }
        details.put("status", "OPEN");
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, PROMOTION_NOMINATED, event.nominatedOn(), sequence,
                                         "Nominated for " + event.track() + " " + event.toLevel(), details,
                                         Map.of(CASE_ID, event.caseId(), "nominatedBy", event.nominatedBy().value())));
    }

    @EventHandler
    void on(PromotionDecidedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        repository.putStep(event.employeeId().value(),
                           new TimelineEntry(eventId, PROMOTION_DECIDED, event.decidedOn(), sequence,
                                             "Promotion to " + event.toLevel() + " " + event.outcome().name().toLowerCase(),
                                             Map.of("outcome", event.outcome().name(), "rationale", event.rationale()),
                                             Map.of(CASE_ID, event.caseId(), "decidedBy", event.decidedBy().value())),
                           PROMOTION_NOMINATED, CASE_ID, event.outcome().name());
    }

    @EventHandler
    void on(EmployeePromotedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, PROMOTED, event.effectiveOn(), sequence,
                                         "Promoted to " + event.track() + " " + event.toLevel(),
                                         Map.of("fromLevel", event.fromLevel(), "toLevel", event.toLevel()),
                                         Map.of(CASE_ID, event.caseId())));
    }

    /** The consent shows on the case's nomination (it has no entry of its own), so the employee sees it is given. */
    @EventHandler
    void on(PromotionAnnouncementOptedInEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        TimelineEntry consent = new TimelineEntry(eventId, PROMOTION_NOMINATED, event.optedInOn(), sequence,
                                                  "Agreed to a public announcement", Map.of(),
                                                  Map.of(CASE_ID, event.caseId()));
        repository.annotate(event.employeeId().value(), PROMOTION_NOMINATED, CASE_ID, event.caseId(),
                            Map.of("announcementConsentOn", event.optedInOn().toString()), consent);
    }

    @EventHandler
    void on(PromotionAnnouncedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, PROMOTION_ANNOUNCED, event.announcedOn(), sequence,
                                         "Promotion celebrated", Map.of("message", event.message()),
                                         Map.of(CASE_ID, event.caseId())));
    }
}
