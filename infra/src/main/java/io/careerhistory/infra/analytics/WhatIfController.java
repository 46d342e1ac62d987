package io.careerhistory.infra.analytics;

import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.events.framework.TrackDefinition;
import io.careerhistory.infra.privacy.Pseudonyms;
import io.careerhistory.infra.promotion.EventStoreEvidence;
import io.careerhistory.query.common.Viewer;
import io.careerhistory.query.promotion.PromotionCaseRepository;
import io.careerhistory.readiness.FrameworkShape;
import io.careerhistory.readiness.ReadinessAssessment;
import io.careerhistory.readiness.ReadinessStatus;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import org.bson.Document;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What if the framework had been different? {@code POST /api/analytics/what-if} takes a draft framework (never
 * published, never stored) and replays every decided promotion case against it: the readiness rules over the
 * nominee's events as known when the evidence was attached, on the decision date. Where the draft would have said
 * otherwise than the committee, the case is listed. Analysts see pseudonyms (ADR 0016).
 */
@RestController
class WhatIfController {

    private static final String DRAFT = "draft";
    private static final long EVERYTHING = Long.MAX_VALUE;

    private final PromotionCaseRepository cases;
    private final EventStoreEvidence evidence;
    private final Pseudonyms pseudonyms;
    private final Viewer viewer;

    WhatIfController(PromotionCaseRepository cases, EventStoreEvidence evidence, Pseudonyms pseudonyms, Viewer viewer) {
        this.cases = cases;
        this.evidence = evidence;
        this.pseudonyms = pseudonyms;
        this.viewer = viewer;
    }

    record Draft(@NotEmpty List<@Valid TrackDefinition> tracks) {
    }

    record Decision(String caseId, String employeeId, String toLevel, LocalDate decidedOn, String outcome,
                    ReadinessStatus underDraft, boolean agrees) {
    }

    record Analysis(int decisions, int agreements, List<Decision> differences, List<Decision> all) {
    }

    @PostMapping("/api/analytics/what-if")
    Analysis whatIf(@Valid @RequestBody Draft draft) {
        // A draft the rules could not assess against, or people read, is refused as publishing it would be.
        FrameworkShape.problemIn(draft.tracks()).ifPresent(problem -> {
            throw new BusinessRuleViolation(ErrorCode.FRAMEWORK_INVALID, "The draft is not valid: " + problem);
        });
        boolean pseudonymized = !viewer.has("AUDITOR");
        List<Decision> all = new ArrayList<>();
        for (Document promotion : cases.findAll()) {
            Document decision = promotion.get("decision", Document.class);
            if (decision == null) {
                continue;
            }
            LocalDate decidedOn = LocalDate.parse(decision.getString("decidedOn"));
            String employee = promotion.getString("employeeId");
            Document attached = promotion.get("evidence", Document.class);
            long position = attached == null ? EVERYTHING : attached.get("position", Number.class).longValue();
            FrameworkVersionPublishedEvent framework = new FrameworkVersionPublishedEvent(DRAFT, 0, decidedOn, draft.tracks());
            ReadinessAssessment assessment = evidence.assessAgainst(framework, EmployeeId.of(employee), decidedOn, position);
            String outcome = decision.getString("outcome");
            boolean ready = assessment.status() == ReadinessStatus.READY;
            all.add(new Decision(promotion.getString("_id"), pseudonymized ? pseudonyms.of(employee) : employee,
                                 promotion.getString("toLevel"), decidedOn, outcome, assessment.status(),
                                 ready == "APPROVED".equals(outcome)));
        }
        List<Decision> differences = all.stream().filter(d -> !d.agrees()).toList();
        return new Analysis(all.size(), all.size() - differences.size(), differences, all);
    }
}
