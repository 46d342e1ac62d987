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

/**
 * While MongoDB is out of reach, any request that needs it (a command, a query, signing in as an employee) gets 503
 * problem JSON with {@code Retry-After}, wherever the failure surfaced: in a controller or in a security filter.
 * Nothing is half-written: a command's events are one document, inserted or not (ADR 0002); a command whose answer
 * was lost with the connection may have been recorded, which a retry with the same Idempotency-Key finds.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class StoreUnavailable extends OncePerRequestFilter {

    static final String RETRY_AFTER_SECONDS = "5";
    private static final Logger log = LoggerFactory.getLogger(StoreUnavailable.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            if (!MongoAway.causedBy(e) || response.isCommitted()) {
                throw e;
            }
            log.warn("MongoDB is out of reach: {} {} answered 503 ({})", request.getMethod(), request.getRequestURI(),
                     e.getMessage());
            ProblemDetail problem = Problems.of(HttpStatus.SERVICE_UNAVAILABLE, "store-unavailable", "Store unavailable",
                                                "MongoDB cannot be reached just now; retry shortly (with an Idempotency-Key, "
                                                + "a retry never records a command twice).");
            problem.setProperty("code", "STORE_UNAVAILABLE");
            problem.setProperty("retryable", true);
            response.resetBuffer();
            response.setHeader("Retry-After", RETRY_AFTER_SECONDS);
            Problems.write(response, Problems.at(problem, request));
        }
    }
}
