package io.careerhistory.infra.audit;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** For auditors: who read which promotion audit records and whose feedback, newest first. */
@RestController
class ReadAccessLogController {

    private static final int MAX_LIMIT = 1000;

    private final ReadAccessLog log;

    ReadAccessLogController(ReadAccessLog log) {
        this.log = log;
    }

    @GetMapping("/api/audit/reads")
    Map<String, List<ReadAccessLog.Read>> reads(@RequestParam(required = false) String subject,
                                                @RequestParam(required = false) String reader,
                                                @RequestParam(defaultValue = "100") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        return Map.of("reads", log.find(subject, reader, limit));
    }
}
