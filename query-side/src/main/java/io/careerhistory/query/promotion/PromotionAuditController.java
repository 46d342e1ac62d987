package io.careerhistory.query.promotion;

import io.careerhistory.events.PersonalData;
import io.careerhistory.events.promotion.PromotionOutcome;
import io.careerhistory.query.common.NotFound;
import io.careerhistory.query.common.ReadsViews;
import io.careerhistory.query.common.Viewer;
import io.careerhistory.query.directory.PeopleNames;
import io.careerhistory.readiness.CareerFacts;
import io.careerhistory.readiness.ReadinessStatus;
import org.bson.Document;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** The promotion audit: each case's whole decision record, the list of cases, and the public celebrations. */
@RestController
@ReadsViews(PromotionAuditProjection.PROCESSING_GROUP)
class PromotionAuditController {

    private final PromotionCaseRepository cases;
    private final PeopleNames names;
    private final Viewer viewer;

    PromotionAuditController(PromotionCaseRepository cases, PeopleNames names, Viewer viewer) {
        this.cases = cases;
        this.names = names;
        this.viewer = viewer;
    }

    @GetMapping("/api/promotions/{caseId}/audit")
    Map<String, Object> audit(@PathVariable String caseId) {
        Document found = cases.find(caseId).orElseThrow(() -> new NotFound("No promotion case " + caseId));
        Map<String, Object> audit = new LinkedHashMap<>();
        audit.put("caseId", found.getString("_id"));
        found.forEach((key, value) -> {
            if (!key.equals("_id") && !key.equals("steps") && !key.equals("reviews")) {
                audit.put(key, value);
            }
        });
        audit.put("reviews", new ArrayList<>(found.get("reviews", new Document()).values()));
        List<Document> steps = new ArrayList<>();
        found.get("steps", new Document()).values().forEach(step -> steps.add((Document) step));
        steps.sort(Comparator.comparingLong(step -> step.get("position", Number.class).longValue()));
        audit.put("steps", steps);
        followsEvidence(found).ifPresent(follows -> audit.put("decisionFollowsEvidence", follows));
        audit.put("names", names.of(people(found)));
        return audit;
    }

    /**
     * Whether the decision is what the evidence said (approved when ready, rejected otherwise): a committee may decide
     * against it, and the auditor then reads its rationale for why. Empty until both are recorded.
     */
    private static Optional<Boolean> followsEvidence(Document promotion) {
        Document decision = promotion.get("decision", Document.class);
        Document evidence = promotion.get("evidence", Document.class);
        if (decision == null || evidence == null) {
            return Optional.empty();
        }
        boolean ready = ReadinessStatus.READY.name().equals(evidence.getString("readinessStatus"));
        return Optional.of(ready == PromotionOutcome.APPROVED.name().equals(decision.getString("outcome")));
    }

    /**
     * Everyone the case names: the nominee, the nominator, the committee, the reviewers, the decider, and the mentees
     * of the mentorships its evidence counts.
     */
    private static Set<String> people(Document promotion) {
        Set<String> ids = new HashSet<>();
        ids.add(promotion.getString("employeeId"));
        ids.add(promotion.getString("nominatedBy"));
        Document committee = promotion.get("committee", Document.class);
        if (committee != null) {
            ids.addAll(committee.getList("members", String.class));
            ids.add(committee.getString("chairId"));
        }
        promotion.get("reviews", new Document()).values().forEach(r -> ids.add(((Document) r).getString("reviewerId")));
        Document decision = promotion.get("decision", Document.class);
        if (decision != null) {
            ids.add(decision.getString("decidedBy"));
        }
        Document evidence = promotion.get("evidence", Document.class);
        Document content = evidence == null ? null : evidence.get("content", Document.class);
        if (content != null) {
            content.getList("criteria", Document.class, List.of()).forEach(criterion -> criterion
                    .getList("evidence", Document.class, List.of())
                    .forEach(fact -> CareerFacts.menteeOf(fact.getString("kind"), fact.getString("title"))
                                                .ifPresent(ids::add)));
        }
        ids.remove(null);
        return ids;
    }

    /** Adds to each line the name of its {@code employeeId}, all looked up at once. */
    private void withEmployeeNames(List<Map<String, Object>> lines) {
        Map<String, String> named = names.of(lines.stream().map(line -> (String) line.get("employeeId"))
                                                  .collect(Collectors.toSet()));
        lines.forEach(line -> line.put("employeeName", named.get((String) line.get("employeeId"))));
    }

    /**
     * Cases, newest nomination first; {@code status} is OPEN, APPROVED or REJECTED, {@code track} in any case. Each
     * names its nominee from the directory, for the people who may see the case ("[erased]" once erased).
     */
    @GetMapping("/api/promotions")
    Map<String, List<Map<String, Object>>> list(@RequestParam(required = false) PromotionCaseStatus status,
                                                @RequestParam(required = false) String employee,
                                                @RequestParam(required = false) String track) {
        List<Map<String, Object>> listed = cases.findAll().stream()
                                                .filter(c -> c.getString("employeeId") != null) // nominated
                                                .filter(this::visible)
                                                .filter(c -> matches(c, "status", status == null ? null : status.name())
                                                        && matches(c, "employeeId", employee)
                                                        && (track == null
                                                                || track.equalsIgnoreCase(c.getString("track"))))
                                                .sorted(Comparator.comparing((Document c) -> c.getString("nominatedOn"))
                                                                  .reversed())
                                                .map(PromotionAuditController::summary)
                                                .toList();
        withEmployeeNames(listed);
        return Map.of("cases", listed);
    }

    /**
     * Promotions announced with the employee's consent, newest first, each with the employee's name: celebrating
     * someone is saying who (their consent is to exactly that). Someone whose personal data was erased is no longer
     * celebrated: "[erased] is now P2" would still say that somebody was, and on a page for everyone.
     */
    @GetMapping("/api/celebrations")
    Map<String, List<Map<String, Object>>> celebrations() {
        List<Map<String, Object>> announced = cases.findAll().stream()
                                                   .filter(c -> c.get("announcement") != null)
                                                   .sorted(Comparator.comparing((Document c) -> c.get("announcement", Document.class)
                                                                                                 .getString("announcedOn"))
                                                                     .reversed())
                                                   .map(c -> {
                                                       Document announcement = c.get("announcement", Document.class);
                                                       Map<String, Object> line = new LinkedHashMap<>();
                                                       line.put("caseId", c.getString("_id"));
                                                       line.put("employeeId", c.getString("employeeId"));
                                                       line.put("track", c.getString("track"));
                                                       line.put("toLevel", c.getString("toLevel"));
                                                       line.put("message", announcement.getString("message"));
                                                       line.put("announcedOn", announcement.getString("announcedOn"));
                                                       return line;
                                                   })
                                                   .collect(Collectors.toCollection(ArrayList::new));
        withEmployeeNames(announced);
        announced.removeIf(line -> PersonalData.ERASED.equals(line.get("employeeName")));
        return Map.of("celebrations", announced);
    }

    /** Talent partners and auditors see every case; a manager the ones they nominated; a member the ones they sit on. */
    private boolean visible(Document promotion) {
        if (viewer.has("TALENT_PARTNER") || viewer.has("AUDITOR")) {
            return true;
        }
        String self = viewer.employeeId();
        Document committee = promotion.get("committee", Document.class);
        return self != null && ((viewer.has("MANAGER") && self.equals(promotion.getString("nominatedBy")))
                || (viewer.has("COMMITTEE") && committee != null
                        && committee.getList("members", String.class).contains(self)));
    }

    private static boolean matches(Document document, String field, String wanted) {
        return wanted == null || wanted.equals(document.getString(field));
    }

    private static Map<String, Object> summary(Document c) {
        Map<String, Object> line = new LinkedHashMap<>();
        for (String field : List.of("employeeId", "track", "fromLevel", "toLevel", "nominatedBy", "nominatedOn", "status")) {
            line.put(field, c.get(field));
        }
        line.put("caseId", c.getString("_id"));
        return line;
    }
}
