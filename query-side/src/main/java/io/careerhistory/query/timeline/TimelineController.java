package io.careerhistory.query.timeline;

import io.careerhistory.query.common.AsOfResolver;
import io.careerhistory.query.common.NotFound;
import io.careerhistory.query.common.ReadsViews;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;

@RestController
@ReadsViews(TimelineProjection.PROCESSING_GROUP)
class TimelineController {

    private final QueryGateway queries;
    private final AsOfResolver asOfResolver;

    TimelineController(QueryGateway queries, AsOfResolver asOfResolver) {
        this.queries = queries;
        this.asOfResolver = asOfResolver;
    }

    @GetMapping("/api/employees/{employeeId}/timeline")
    TimelinePage timeline(@PathVariable String employeeId,
                          @RequestParam(required = false) Set<TimelineKind> kind,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
                          @RequestParam(required = false) String cursor,
                          @RequestParam(defaultValue = "" + FindTimelineQuery.DEFAULT_LIMIT) int limit,
                          @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate asOf,
                          @RequestParam(required = false) String knownAt) {
        FindTimelineQuery query = new FindTimelineQuery(employeeId, kind, from, to, cursor, limit,
                                                        asOfResolver.resolve(asOf, knownAt));
        Optional<TimelinePage> page = queries.query(query, ResponseTypes.optionalInstanceOf(TimelinePage.class)).join();
        return page.orElseThrow(() -> new NotFound("No employee " + employeeId));
    }
}
