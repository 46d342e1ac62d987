package io.careerhistory.infra.security;

import io.careerhistory.infra.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;

import java.io.IOException;
import java.util.TreeSet;

/**
 * 401 and 403 as RFC 7807 problem JSON, like every other error of the API; a refused request that names no endpoint
 * gets 404, and one with a method its path does not take 405.
 */
final class ProblemJsonSecurityErrors implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final boolean basic;
    private final ApiEndpoints endpoints;

    ProblemJsonSecurityErrors(boolean basic, ApiEndpoints endpoints) {
        this.basic = basic;
        this.endpoints = endpoints;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        // The web interface asks with X-Requested-With: no challenge for it, or the browser would pop up its own login.
        if (request.getHeader("X-Requested-With") == null) {
            response.setHeader("WWW-Authenticate", basic ? "Basic realm=\"career-history\"" : "Bearer");
        }
        write(response, request, HttpStatus.UNAUTHORIZED, "unauthenticated", "Sign in to use this endpoint");
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        ApiEndpoints.Match match = endpoints.match(request);
        if (!match.exists()) {
            write(response, request, HttpStatus.NOT_FOUND, "not-found", "No endpoint at " + request.getRequestURI());
        } else if (!match.otherMethods().isEmpty()) {
            String allowed = String.join(", ", new TreeSet<>(match.otherMethods()));
            response.setHeader(HttpHeaders.ALLOW, allowed);
            write(response, request, HttpStatus.METHOD_NOT_ALLOWED, "method-not-allowed",
                  request.getMethod() + " is not taken here; this path takes " + allowed);
        } else {
            write(response, request, HttpStatus.FORBIDDEN, "forbidden", "Your roles do not allow this");
        }
    }

    private static void write(HttpServletResponse response, HttpServletRequest request, HttpStatus status, String type,
                              String detail) throws IOException {
        ProblemDetail problem = Problems.of(status, type, Problems.title(status), detail);
        Problems.write(response, Problems.at(problem, request));
    }
}
