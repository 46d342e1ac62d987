package io.careerhistory.infra.web;

import io.careerhistory.infra.mongo.MongoAway;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.UUID;

/**
 * A failure that no handler answered, wherever it surfaced (a controller, a security filter, the idempotency filter),
 * becomes problem JSON. It runs in front of every filter that reaches the store or the command side (behind only the
 * body size limit and the xAPI version check, which touch neither), so it sees what they throw.
 * <ul>
 *   <li>MongoDB out of reach: 503 with {@code Retry-After}. Nothing is half-written: a command's events are one
 *   document, inserted or not (ADR 0002); a command whose answer was lost with the connection may have been recorded,
 *   which a retry with the same Idempotency-Key finds (ADR 0026).</li>
 *   <li>Anything else (a bug, a fault of the store that is not an outage): 500 with an {@code incident} id, and the
 *   log gets the same id with the whole stack trace. The caller learns nothing of the internals.</li>
 * </ul>
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class FailuresAsProblems extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(FailuresAsProblems.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            boolean storeAway = MongoAway.causedBy(e);
            ProblemDetail problem = storeAway ? storeUnavailable(request, e) : incident(request, e);
            if (response.isCommitted()) {
                throw e; // part of the answer is on its way: the connection is all that can still say it failed
            }
            response.reset(); // also forgets a writer already taken, so the problem can be written as bytes
            if (storeAway) {
                response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            }
            Problems.write(response, Problems.at(problem, request));
        }
    }

    private static ProblemDetail storeUnavailable(HttpServletRequest request, Exception e) {
        log.warn("MongoDB is out of reach: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
                 e.getMessage());
        ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "Store unavailable",
                                            "MongoDB cannot be reached just now; retry shortly (with an Idempotency-Key, "
                                            + "a retry never records a command twice).");
        problem.setProperty("code", "STORE_UNAVAILABLE");
        problem.setProperty("retryable", true);
        return problem;
    }

    private static ProblemDetail incident(HttpServletRequest request, Exception e) {
        String incident = UUID.randomUUID().toString();
        log.error("Incident {}: {} {} failed unexpectedly", incident, request.getMethod(), request.getRequestURI(), e);
        ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                                            "The server failed to answer this request. Whether a command was recorded "
                                            + "is unknown: retry with the same Idempotency-Key, or read before "
                                            + "repeating it. The operator finds the cause under the incident id.");
        problem.setProperty("code", "INTERNAL_ERROR");
        problem.setProperty("incident", incident);
        return problem;
    }
}
