package io.careerhistory.infra.deadletters;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** For admins: the events projections could not handle, and retrying or evicting them. */
@RestController
class DeadLettersController {

    private final DeadLetters deadLetters;

    DeadLettersController(DeadLetters deadLetters) {
        this.deadLetters = deadLetters;
    }

    @GetMapping("/api/admin/dead-letters")
    Listing list(@RequestParam(required = false) String processingGroup) {
        return new Listing(deadLetters.countsByProcessingGroup(), deadLetters.list(processingGroup));
    }

    @PostMapping("/api/admin/dead-letters")
    DeadLetterOutcome act(@RequestBody Request request) {
        DeadLetterAction action = DeadLetterAction.parse(request.action());
        if (request.processingGroup() == null || request.processingGroup().isBlank()) {
            throw new IllegalArgumentException("processingGroup is required");
        }
        return switch (action) {
            case RETRY -> deadLetters.retry(request.processingGroup(), request.sequenceIdentifier());
            case EVICT -> deadLetters.evict(request.processingGroup(), request.sequenceIdentifier());
        };
    }

    /** {@code sequenceIdentifier} (an aggregate id) narrows the action to one sequence; without it, all of the group. */
    record Request(String action, String processingGroup, String sequenceIdentifier) {
    }

    record Listing(Map<String, Long> countsByProcessingGroup, List<DeadLetterView> deadLetters) {
    }
}
