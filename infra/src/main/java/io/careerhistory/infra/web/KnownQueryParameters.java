package io.careerhistory.infra.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.util.UriUtils;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A query parameter the endpoint does not take is refused, never ignored: a misspelt {@code ?asof=} or {@code ?limt=}
 * would otherwise be answered as if it had not been asked, the present for a past, 50 entries for 2, and nothing
 * would tell the analyst. Only the query string counts (a multipart import's parts are not parameters).
 */
@Configuration(proxyBeanMethods = false)
class KnownQueryParameters implements WebMvcConfigurer {

    private static final String OURS = "io.careerhistory.";

    private final Map<Method, Optional<Set<String>>> takenBy = new ConcurrentHashMap<>();

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                if (handler instanceof HandlerMethod method && method.getBeanType().getName().startsWith(OURS)) {
                    takenBy.computeIfAbsent(method.getMethod(), KnownQueryParameters::parametersOf)
                           .ifPresent(taken -> refuseOthers(request.getQueryString(), taken));
                }
                return true;
            }
        });
    }

    /** The names the method's {@code @RequestParam}s take; empty when one takes them all (a map). */
    private static Optional<Set<String>> parametersOf(Method method) {
        Set<String> names = new TreeSet<>(); // as Spring matches them: asof is not asOf
        for (Parameter parameter : method.getParameters()) {
            RequestParam param = AnnotatedElementUtils.findMergedAnnotation(parameter, RequestParam.class);
            if (param == null) {
                continue;
            }
            if (Map.class.isAssignableFrom(parameter.getType())) {
                return Optional.empty();
            }
            names.add(param.name().isEmpty() ? parameter.getName() : param.name());
        }
        return Optional.of(names);
    }

    private static void refuseOthers(String query, Set<String> taken) {
        if (query == null || query.isEmpty()) {
            return;
        }
        for (String pair : query.split("&")) {
            String name = nameIn(pair);
            if (!name.isEmpty() && !taken.contains(name)) {
                throw new UnknownQueryParameterException(name, taken);
            }
        }
    }

    private static String nameIn(String pair) {
        int equals = pair.indexOf('=');
        String raw = equals < 0 ? pair : pair.substring(0, equals);
        try {
            return UriUtils.decode(raw.replace('+', ' '), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException malformed) {
            return raw;
        }
    }
}
