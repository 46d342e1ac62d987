package io.careerhistory.infra.promotion;

import com.mongodb.client.MongoDatabase;
import io.careerhistory.command.promotion.OpenPromotionCases;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.promotion.PromotionDecidedEvent;
import io.careerhistory.infra.mongo.ClaimTable;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.util.List;

/**
 * {@code open_promotion_cases}: one claim per employee, held by the id of their open case. The decision releases it
 * once stored. A claim left behind is taken over after {@link #ORPHANED_AFTER} when its case never reached the event
 * store (the node died before the nomination was stored) or is already decided (it died before the release).
 */
@Component
class MongoOpenPromotionCases implements OpenPromotionCases {

    static final String COLLECTION = "open_promotion_cases";
    static final Duration ORPHANED_AFTER = Duration.ofMinutes(1);

    private final ClaimTable cases;
    private final EventStorageEngine events;

    MongoOpenPromotionCases(MongoDatabase database, EventStorageEngine events, Clock clock) {
        this.cases = new ClaimTable(database, COLLECTION, "caseId", clock, ORPHANED_AFTER);
        this.events = events;
    }

    @Override
    public boolean claim(EmployeeId employeeId, String caseId) {
        return cases.claim(employeeId.value(), caseId, this::neverStoredOrDecided);
    }

    @Override
    public void release(EmployeeId employeeId, String caseId) {
        cases.release(employeeId.value(), caseId);
    }

    /** One read of the case's stream: no events at all, or a decision among them. */
    private boolean neverStoredOrDecided(String caseId) {
        List<Object> payloads = events.readEvents(caseId).asStream().map(e -> (Object) e.getPayload()).toList();
        return payloads.isEmpty() || payloads.stream().anyMatch(PromotionDecidedEvent.class::isInstance);
    }
}
