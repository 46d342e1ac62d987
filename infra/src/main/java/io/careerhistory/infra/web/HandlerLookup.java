package io.careerhistory.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.servlet.HandlerExecutionChain;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import org.springframework.web.util.ServletRequestPathUtils;

/** The controller method a request will reach, looked up before the dispatcher does (in a filter, say). */
public final class HandlerLookup {

    private HandlerLookup() {
    }

    /** Null when no controller takes the path; Spring's exception when one takes it with another method. */
    public static HandlerExecutionChain find(RequestMappingHandlerMapping handlers, HttpServletRequest request)
            throws Exception {
        boolean parsedHere = !ServletRequestPathUtils.hasParsedRequestPath(request);
        if (parsedHere) {
            ServletRequestPathUtils.parseAndCache(request); // what the dispatcher would do before looking
        }
        try {
            return handlers.getHandler(request);
        } finally {
            if (parsedHere) {
                ServletRequestPathUtils.clearParsedRequestPath(request);
            }
        }
    }
}
