package io.careerhistory.infra.security;

import io.careerhistory.infra.web.HandlerLookup;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.util.Set;

/**
 * Whether a request that the access rules refused names an endpoint of the API ({@code /api}, {@code /xapi}) at all.
 * Paths no rule lists are refused by default, so that an endpoint without a rule is closed; but a signed-in user who
 * misspells a path, or uses a method the path does not take, should hear that, not that their roles are wrong.
 */
final class ApiEndpoints {

    /** What the API has at the request's path: nothing, other methods (named), or the endpoint itself. */
    record Match(boolean exists, Set<String> otherMethods) {
        static final Match NOTHING = new Match(false, Set.of());
        static final Match ENDPOINT = new Match(true, Set.of());
    }

    private final ObjectProvider<RequestMappingHandlerMapping> mappings;

    ApiEndpoints(ObjectProvider<RequestMappingHandlerMapping> mappings) {
        this.mappings = mappings;
    }

    Match match(HttpServletRequest request) {
        RequestMappingHandlerMapping handlers = mappings.getIfAvailable();
        String path = request.getRequestURI();
        if (handlers == null || !(path.startsWith("/api/") || path.startsWith("/xapi/"))) {
            return Match.ENDPOINT; // not the controllers' (the actuator has its own mapping): the refusal stands
        }
        try {
            return HandlerLookup.find(handlers, request) == null ? Match.NOTHING : Match.ENDPOINT;
        } catch (HttpRequestMethodNotSupportedException otherMethods) {
            String[] supported = otherMethods.getSupportedMethods();
            return new Match(true, supported == null ? Set.of() : Set.of(supported));
        } catch (Exception anotherMismatch) {
            return Match.ENDPOINT; // the path and method exist, the media types differ: the refusal stands
        }
    }
}
