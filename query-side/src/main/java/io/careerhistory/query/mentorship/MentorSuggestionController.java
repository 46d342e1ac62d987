package io.careerhistory.query.mentorship;

import io.careerhistory.events.mentorship.MentorshipKind;
import io.careerhistory.query.common.ReadsViews;
import io.careerhistory.query.directory.DirectoryProjection;
import io.careerhistory.query.framework.FrameworkProjection;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** Mentor suggestions for a mentee, on a topic, for a kind of mentorship; ranks as of today. */
@RestController
@ReadsViews({DirectoryProjection.PROCESSING_GROUP, FrameworkProjection.PROCESSING_GROUP})
class MentorSuggestionController {

    private static final int MAX_LIMIT = 50;

    private final MentorSuggestions suggestions;
    private final Clock clock;

    MentorSuggestionController(MentorSuggestions suggestions, Clock clock) {
        this.suggestions = suggestions;
        this.clock = clock;
    }

    @GetMapping("/api/mentorships/suggestions")
    Map<String, List<MentorSuggestion>> suggest(@RequestParam String mentee,
                                                @RequestParam(required = false) String topic,
                                                @RequestParam(defaultValue = "CLASSIC") MentorshipKind kind,
                                                @RequestParam(defaultValue = "10") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        return Map.of("suggestions", suggestions.suggest(mentee, topic, kind, LocalDate.now(clock), limit));
    }
}
