package io.careerhistory.infra.web;

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
 * The last resort: a failure nothing else answered (a bug, or a fault of the store that is not an outage) gets 500
 * problem JSON with an {@code incident} id, and the log gets the same id with the whole stack trace. The caller learns
 * nothing of the internals and the operator finds the cause from the id. Outermost, so it also sees what filters throw.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UnexpectedErrors extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(UnexpectedErrors.class);

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        try {
            chain.doFilter(request, response);
        } catch (ServletException | RuntimeException e) {
            String incident = UUID.randomUUID().toString();
            log.error("Incident {}: {} {} failed unexpectedly", incident, request.getMethod(), request.getRequestURI(), e);
            if (response.isCommitted()) {
                throw e; // part of the answer is on its way: the connection is all that can still say it failed
            }
            ProblemDetail problem = Problems.of(HttpStatus.INTERNAL_SERVER_ERROR, "internal-error", "Internal error",
                                                "The server failed to answer this request. Whether a command was recorded "
                                                + "is unknown: retry with the same Idempotency-Key, or read before "
                                                + "repeating it. The operator finds the cause under the incident id.");
            problem.setProperty("code", "INTERNAL_ERROR");
            problem.setProperty("incident", incident);
            response.reset(); // also forgets a writer already taken, so the problem can be written as bytes
            Problems.write(response, Problems.at(problem, request));
        }
    }
}
