package io.careerhistory.infra.xapi;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What each statement from the learning-record sources did, for the people who follow them up: which were ignored and
 * why (an unknown learner, a verb that records nothing), which recorded or voided a completion. No personal data: the
 * learner is their employee id.
 */
@RestController
class LearningRecordsController {

    private final StatementStore store;

    LearningRecordsController(StatementStore store) {
        this.store = store;
    }

    @GetMapping("/api/learning-records")
    Map<String, List<Entry>> list(@RequestParam(required = false) Outcome outcome,
                                  @RequestParam(required = false) String source,
                                  @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > 1000) {
            throw new IllegalArgumentException("limit must be from 1 to 1000, not '" + limit + "'");
        }
        return Map.of("statements", store.recent(outcome, source, limit).stream().map(Entry::of).toList());
    }

    record Entry(String statementId, String source, Instant stored, Outcome outcome, String reason, String employeeId,
                 String completionId, String voidedBy) {
        static Entry of(KeptStatement s) {
            return new Entry(s.id(), s.source(), s.stored(), s.outcome(), s.reason(), s.employeeId(), s.completionId(),
                             s.voidedBy());
        }
    }
}
