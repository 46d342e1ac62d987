package io.careerhistory.infra.promotion;

import io.careerhistory.command.promotion.PromotionEvidence.Evidence;
import io.careerhistory.events.promotion.PromotionEvidenceAttachedEvent;
import io.careerhistory.infra.eventstore.MongoCommitEventStorageEngine;
import io.careerhistory.query.common.NotFound;
import io.careerhistory.readiness.ReadinessRules;
import org.axonframework.eventhandling.EventMessage;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code GET /api/promotions/{caseId}/audit/rederive}: runs the readiness rules again over the events as they stood
 * when the case's evidence was attached (up to its recorded store position) and compares the result with what was
 * recorded: the same hash, or each difference, leaf by leaf. A difference means the rules changed since (compare the
 * versions) or the history up to that position did (run the chain verification).
 */
@RestController
class EvidenceRederivation {

    private final MongoCommitEventStorageEngine engine;
    private final EventStoreEvidence evidence;

    EvidenceRederivation(MongoCommitEventStorageEngine engine, EventStoreEvidence evidence) {
        this.engine = engine;
        this.evidence = evidence;
    }

    record Rederived(String caseId, String employeeId, long position, LocalDate assessedOn, String recordedRulesVersion,
                     String currentRulesVersion, String recordedSha256, String rederivedSha256, boolean matches,
                     List<JsonDifferences.Difference> differences) {
    }

    @GetMapping("/api/promotions/{caseId}/audit/rederive")
    Rederived rederive(@PathVariable String caseId) {
        List<Object> history = engine.readEvents(caseId).asStream().map(EventMessage::getPayload)
                                     .map(Object.class::cast).toList();
        if (history.isEmpty()) {
            throw new NotFound("No promotion case " + caseId);
        }
        PromotionEvidenceAttachedEvent attached = history.stream().filter(PromotionEvidenceAttachedEvent.class::isInstance)
                                                         .map(PromotionEvidenceAttachedEvent.class::cast)
                                                         .reduce((first, last) -> last)
                                                         .orElseThrow(() -> new NotFound("Case " + caseId
                                                                 + " has no evidence attached yet"));
        Evidence again = evidence.compileAt(attached.employeeId(), attached.assessedOn(), attached.position());
        return new Rederived(caseId, attached.employeeId().value(), attached.position(), attached.assessedOn(),
                             attached.rulesVersion(), ReadinessRules.VERSION, attached.evidenceSha256(), again.sha256(),
                             again.sha256().equals(attached.evidenceSha256()),
                             JsonDifferences.between(attached.evidenceJson(), again.json()));
    }
}
