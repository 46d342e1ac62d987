package io.careerhistory.query.promotion;

import io.careerhistory.events.career.EmployeePromotedEvent;
import io.careerhistory.events.promotion.PromotionAnnouncedEvent;
import io.careerhistory.events.promotion.PromotionAnnouncementOptedInEvent;
import io.careerhistory.events.promotion.PromotionCommitteeAssignedEvent;
import io.careerhistory.events.promotion.PromotionDecidedEvent;
import io.careerhistory.events.promotion.PromotionEvidenceAttachedEvent;
import io.careerhistory.events.promotion.PromotionNominatedEvent;
import io.careerhistory.events.promotion.PromotionReviewedEvent;
import io.careerhistory.query.common.GlobalPosition;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.bson.Document;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The audit record of each promotion case: who did what, when in business time and when recorded, on which evidence
 * (its store position, rules version and hash), and the level change the saga applied.
 */
@Component
@ProcessingGroup(PromotionAuditProjection.PROCESSING_GROUP)
public class PromotionAuditProjection {

    public static final String PROCESSING_GROUP = "promotion-audit";

    private final PromotionCaseRepository repository;

    public PromotionAuditProjection(PromotionCaseRepository repository) {
        this.repository = repository;
    }

    /** Who recorded a step, when in business time and when in recorded time. */
    record Step(String eventId, long position, LocalDate occurredOn, Instant recordedAt, String actor) {
        Document toDocument(String kind) {
            return new Document("kind", kind).append("eventId", eventId).append("position", position)
                                             .append("occurredOn", occurredOn.toString())
                                             .append("recordedAt", recordedAt.toString())
                                             .append("actor", actor);
        }
    }

    @EventHandler
    void on(PromotionNominatedEvent e, @MessageIdentifier String eventId, @GlobalPosition long position,
            @Timestamp Instant recordedAt, @MetaDataValue("actor") String actor) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("employeeId", e.employeeId().value());
        fields.put("track", e.track());
        fields.put("fromLevel", e.fromLevel());
        fields.put("toLevel", e.toLevel());
        fields.put("exceptionReason", e.exceptionReason());
        fields.put("frameworkVersion", e.frameworkVersion());
        fields.put("reviewsRequired", e.reviewsRequired());
        fields.put("nominatedBy", e.nominatedBy().value());
        fields.put("justification", e.justification());
        fields.put("nominatedOn", e.nominatedOn().toString());
        fields.put("status", PromotionCaseStatus.OPEN.name());
        record(e.caseId(), new Step(eventId, position, e.nominatedOn(), recordedAt, actor), "NOMINATED", fields);
    }

    @EventHandler
    void on(PromotionCommitteeAssignedEvent e, @MessageIdentifier String eventId, @GlobalPosition long position,
            @Timestamp Instant recordedAt, @MetaDataValue("actor") String actor) {
        record(e.caseId(), new Step(eventId, position, e.assignedOn(), recordedAt, actor), "COMMITTEE_ASSIGNED",
               Map.of("committee", new Document("members", e.members().stream().map(m -> m.value()).toList())
                                           .append("chairId", e.chairId().value())));
    }

    @EventHandler
    void on(PromotionEvidenceAttachedEvent e, @MessageIdentifier String eventId, @GlobalPosition long position,
            @Timestamp Instant recordedAt, @MetaDataValue("actor") String actor) {
        record(e.caseId(), new Step(eventId, position, e.assessedOn(), recordedAt, actor), "EVIDENCE_ATTACHED",
               Map.of("evidence", new Document("position", e.position()).append("rulesVersion", e.rulesVersion())
                                                                      .append("frameworkVersion", e.frameworkVersion())
                                                                      .append("readinessStatus", e.readinessStatus())
                                                                      .append("assessedOn", e.assessedOn().toString())
                                                                      .append("sha256", e.evidenceSha256())
                                                                      .append("json", e.evidenceJson())
                                                                      .append("content", Document.parse(e.evidenceJson()))));
    }

    @EventHandler
    void on(PromotionReviewedEvent e, @MessageIdentifier String eventId, @GlobalPosition long position,
            @Timestamp Instant recordedAt, @MetaDataValue("actor") String actor) {
        record(e.caseId(), new Step(eventId, position, e.reviewedOn(), recordedAt, actor), "REVIEWED",
               Map.of("reviews." + e.reviewerId().value(),
                      new Document("reviewerId", e.reviewerId().value())
                              .append("recommendation", e.recommendation().name())
                              .append("comments", e.comments()).append("reviewedOn", e.reviewedOn().toString())
                              .append("recordedAt", recordedAt.toString()).append("actor", actor)));
    }

    @EventHandler
    void on(PromotionDecidedEvent e, @MessageIdentifier String eventId, @GlobalPosition long position,
            @Timestamp Instant recordedAt, @MetaDataValue("actor") String actor) {
        record(e.caseId(), new Step(eventId, position, e.decidedOn(), recordedAt, actor), "DECIDED",
               Map.of("status", PromotionCaseStatus.decided(e.outcome()).name(),
                      "decision", new Document("outcome", e.outcome().name()).append("rationale", e.rationale())
                                                                             .append("decidedBy", e.decidedBy().value())
                                                                             .append("decidedOn", e.decidedOn().toString())
                                                                             .append("recordedAt", recordedAt.toString())
                                                                             .append("actor", actor)));
    }

    @EventHandler
    void on(EmployeePromotedEvent e, @MessageIdentifier String eventId, @GlobalPosition long position,
            @Timestamp Instant recordedAt, @MetaDataValue("actor") String actor) {
        record(e.caseId(), new Step(eventId, position, e.effectiveOn(), recordedAt, actor), "LEVEL_CHANGED",
               Map.of("levelChange", new Document("fromLevel", e.fromLevel()).append("toLevel", e.toLevel())
                                                                             .append("effectiveOn", e.effectiveOn().toString())
                                                                             .append("recordedAt", recordedAt.toString())
                                                                             .append("actor", actor)));
    }

    @EventHandler
    void on(PromotionAnnouncementOptedInEvent e, @MessageIdentifier String eventId, @GlobalPosition long position,
            @Timestamp Instant recordedAt, @MetaDataValue("actor") String actor) {
        record(e.caseId(), new Step(eventId, position, e.optedInOn(), recordedAt, actor), "ANNOUNCEMENT_CONSENTED",
               Map.of("announcementConsentOn", e.optedInOn().toString()));
    }

    @EventHandler
    void on(PromotionAnnouncedEvent e, @MessageIdentifier String eventId, @GlobalPosition long position,
            @Timestamp Instant recordedAt, @MetaDataValue("actor") String actor) {
        record(e.caseId(), new Step(eventId, position, e.announcedOn(), recordedAt, actor), "ANNOUNCED",
               Map.of("announcement", new Document("message", e.message()).append("announcedOn", e.announcedOn().toString())));
    }

    private void record(String caseId, Step step, String kind, Map<String, Object> fields) {
        Map<String, Object> all = new LinkedHashMap<>(fields);
        all.put("steps." + step.eventId(), step.toDocument(kind));
        repository.setFields(caseId, all);
    }

    @ResetHandler
    public void reset() {
        repository.deleteAll();
    }
}
