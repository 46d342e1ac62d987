package io.careerhistory.query.search;

import io.careerhistory.query.common.ReadsViews;
import io.careerhistory.query.directory.DirectoryProjection;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.Map;

/** Search by prefix over people, skills, courses, talks, rotation teams and mentorship topics. */
@RestController
@ReadsViews({SearchProjection.PROCESSING_GROUP, DirectoryProjection.PROCESSING_GROUP})
class SearchController {

    private static final int MAX_LIMIT = 100;

    private final SearchService search;

    SearchController(SearchService search) {
        this.search = search;
    }

    @GetMapping("/api/search")
    Map<String, List<SearchHit>> search(@RequestParam String q,
                                        @RequestParam(required = false) String track,
                                        @RequestParam(required = false) String level,
                                        @RequestParam(required = false) String team,
                                        @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT);
        }
        return Map.of("results", search.search(q, track, level, team, limit));
    }
}
