package io.careerhistory.infra.consistency;

import io.careerhistory.command.api.CommandAnswerHeaders;
import io.careerhistory.infra.eventstore.HeadPosition;
import io.careerhistory.infra.web.HandlerLookup;
import io.careerhistory.infra.web.Problems;
import io.careerhistory.query.common.ReadsViews;
import io.careerhistory.query.directory.DirectoryProjection;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Read your own writes: a command's answer carries {@value #POSITION} (the store position of what it recorded), and a
 * read that sends it back as {@value #CONSISTENT_WITH} waits until the views it answers from have applied that far,
 * at most {@code career.consistency.max-wait}; then 503 with Retry-After rather than an answer that may not show the
 * write yet. The wait comes before the access rules, which read the directory. Without the header a read answers at
 * once from the views as they are (ADR 0028).
 */
@Component
public class ConsistentReads {

    public static final String POSITION = CommandAnswerHeaders.POSITION;
    public static final String CONSISTENT_WITH = "Career-Consistent-With";
    private static final List<String> READS = List.of("GET", "HEAD");
    private static final long FIRST_PAUSE_MILLIS = 2;
    private static final long LONGEST_PAUSE_MILLIS = 50;

    private final CommittedPosition committed;
    private final ViewPositions views;
    private final EventStorageEngine store;
    private final ObjectProvider<RequestMappingHandlerMapping> mappings;
    private final Duration maxWait;

    ConsistentReads(CommittedPosition committed, ViewPositions views, EventStorageEngine store,
                    @Qualifier("requestMappingHandlerMapping") ObjectProvider<RequestMappingHandlerMapping> mappings,
                    @Value("${career.consistency.max-wait:10s}") Duration maxWait) {
        this.committed = committed;
        this.views = views;
        this.store = store;
        this.mappings = mappings;
        this.maxWait = maxWait;
    }

    /** The filter, for the security chain to run once the caller is known and before the access rules. */
    public Filter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                    throws ServletException, IOException {
                committed.clear(); // what this thread committed for an earlier request is not this one's
                String asked = request.getHeader(CONSISTENT_WITH);
                if (asked == null || !READS.contains(request.getMethod()) || awaitViews(asked, request, response)) {
                    chain.doFilter(request, response);
                }
            }
        };
    }

    private boolean awaitViews(String asked, HttpServletRequest request, HttpServletResponse response)
            throws IOException {
        long position = parse(asked);
        if (position < 0) {
            return refuse(request, response, HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                          CONSISTENT_WITH + " must be a store position: the " + POSITION + " of a command's answer, "
                                  + "not '" + cut(asked) + "'");
        }
        Set<String> processors = processorsFor(request);
        ViewPositions.Slowest slowest = views.slowest(processors);
        long head = slowest.position() < position ? HeadPosition.of(store) : position;
        if (position > head) {
            return refuse(request, response, HttpStatus.BAD_REQUEST, "invalid-input", "Invalid input",
                          "No event at " + CONSISTENT_WITH + " " + position + ": the store holds " + (head + 1)
                                  + " events");
        }
        long deadline = System.nanoTime() + maxWait.toNanos();
        long pause = FIRST_PAUSE_MILLIS;
        while (slowest.position() < position) {
            if (System.nanoTime() >= deadline) {
                response.setHeader(HttpHeaders.RETRY_AFTER, "1");
                return refuse(request, response, HttpStatus.SERVICE_UNAVAILABLE, "views-behind", "Views behind",
                              "The views have not applied position " + position + " within " + maxWait.toMillis()
                                      + " ms: '" + slowest.processor() + "' is at " + slowest.position()
                                      + ". Retry later; nothing is lost.");
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted while waiting for the views", e);
            }
            pause = Math.min(pause * 2, LONGEST_PAUSE_MILLIS);
            slowest = views.slowest(processors);
        }
        return true;
    }

    /**
     * The processors of the views the request's controller answers from, and the directory, which the access rules
     * read; every processor when the controller does not say (or none is found), so that no read is answered early.
     */
    private Set<String> processorsFor(HttpServletRequest request) {
        RequestMappingHandlerMapping handlers = mappings.getIfAvailable();
        try {
            HandlerExecutionChain chain = handlers == null ? null : HandlerLookup.find(handlers, request);
            if (chain != null && chain.getHandler() instanceof HandlerMethod method) {
                ReadsViews reads = method.getBeanType().getAnnotation(ReadsViews.class);
                if (reads != null) {
                    Set<String> processors = new TreeSet<>(List.of(reads.value()));
                    processors.add(DirectoryProjection.PROCESSING_GROUP);
                    return processors;
                }
            }
        } catch (Exception noSuchEndpoint) {
            // answered by the dispatcher as usual once the views are waited for
        }
        return ViewPositions.ALL;
    }

    private static long parse(String asked) {
        try {
            return Long.parseLong(asked.strip());
        } catch (NumberFormatException notAPosition) {
            return -1;
        }
    }

    private static String cut(String value) {
        return value.length() > 40 ? value.substring(0, 40) + "…" : value;
    }

    private static boolean refuse(HttpServletRequest request, HttpServletResponse response, HttpStatus status,
                                  String type, String title, String detail) throws IOException {
        ProblemDetail problem = Problems.of(status, type, title, detail);
        Problems.write(response, Problems.at(problem, request));
        return false;
    }
}
