package io.careerhistory.infra.promotion;

import io.careerhistory.command.framework.CareerFramework;
import io.careerhistory.command.promotion.PromotionEvidence;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.infra.eventstore.MongoCommitEventStorageEngine;
import io.careerhistory.infra.eventstore.MongoCommitEventStorageEngine.PositionedStream;
import io.careerhistory.readiness.CanonicalJson;
import io.careerhistory.readiness.CareerFacts;
import io.careerhistory.readiness.FrameworkVersions;
import io.careerhistory.readiness.ReadinessAssessment;
import io.careerhistory.readiness.ReadinessRules;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.List;

/**
 * Evidence from the event store: the employee's stream and the framework's, as committed now, through the readiness
 * rules. The recorded position is that of the last commit read from either stream; reading both again up to it gives
 * the same events, so {@link #compileAt} re-derives the same JSON and hash.
 */
@Component
public class EventStoreEvidence implements PromotionEvidence {

    private final MongoCommitEventStorageEngine engine;

    EventStoreEvidence(MongoCommitEventStorageEngine engine) {
        this.engine = engine;
    }

    @Override
    public Evidence compile(EmployeeId employeeId, LocalDate assessedOn) {
        return compileAt(employeeId, assessedOn, Long.MAX_VALUE);
    }

    /** The evidence from the events in commits up to {@code position}, as it stood when recorded there. */
    public Evidence compileAt(EmployeeId employeeId, LocalDate assessedOn, long position) {
        PositionedStream career = engine.readEventsUpTo(employeeId.value(), position);
        PositionedStream framework = engine.readEventsUpTo(CareerFramework.ID, position);
        CareerFacts facts = CareerFacts.of(payloads(career));
        FrameworkVersionPublishedEvent inForce = FrameworkVersions.fromPayloads(payloads(framework))
                                                                  .inForceOn(assessedOn).orElse(null);
        ReadinessAssessment assessment = ReadinessRules.assess(inForce, facts, assessedOn);
        String json = CanonicalJson.of(assessment);
        return new Evidence(Math.max(career.lastPosition(), framework.lastPosition()), assessment.rulesVersion(),
                            assessment.frameworkVersion(), assessment.status().name(), json, CanonicalJson.sha256Hex(json));
    }

    /** The readiness rules over the employee's events up to {@code position}, against a framework given, not stored. */
    public ReadinessAssessment assessAgainst(FrameworkVersionPublishedEvent framework, EmployeeId employeeId,
                                             LocalDate assessedOn, long position) {
        CareerFacts facts = CareerFacts.of(payloads(engine.readEventsUpTo(employeeId.value(), position)));
        return ReadinessRules.assess(framework, facts, assessedOn);
    }

    private static List<Object> payloads(PositionedStream stream) {
        return stream.events().asStream().map(EventMessage::getPayload).map(Object.class::cast).toList();
    }
}
