package io.careerhistory.infra.xapi;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.util.regex.Pattern;

/**
 * xAPI 1.0.3 section 6.2: every response, errors included, names the version the store speaks; this runs before sign-in
 * so that a 401 carries it too. That every request names the version it speaks is checked after sign-in
 * ({@link #requireSupported}), so that nobody learns anything without credentials.
 */
class XapiVersionFilter extends OncePerRequestFilter {

    static final String HEADER = "X-Experience-API-Version";
    static final String VERSION = "1.0.3";
    private static final Pattern SUPPORTED = Pattern.compile("^1\\.0(\\.\\d+)?$");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        response.setHeader(HEADER, VERSION);
        chain.doFilter(request, response);
    }

    static void requireSupported(String asked) {
        if (asked == null || !SUPPORTED.matcher(asked.strip()).matches()) {
            throw new InvalidStatement("Send the header " + HEADER + ": " + VERSION + " (this store speaks xAPI 1.0.x), not "
                                               + (asked == null ? "none" : "'" + asked + "'"));
        }
    }

    @Configuration
    static class Registration {
        @Bean
        FilterRegistrationBean<XapiVersionFilter> xapiVersionFilter() {
            FilterRegistrationBean<XapiVersionFilter> registration = new FilterRegistrationBean<>(new XapiVersionFilter());
            registration.addUrlPatterns("/xapi/*");
            registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
            return registration;
        }
    }
}
