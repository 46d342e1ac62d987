package io.careerhistory.infra.cluster;

import io.careerhistory.infra.web.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

import java.util.Locale;

/**
 * A command-only node does not serve the query side's endpoints, nor a query-only node the command side's: 421
 * (Misdirected Request) problem JSON, so a misrouted call says where it belongs instead of half-working. What infra
 * itself serves (xAPI, import, credentials, admin, audit) answers everywhere.
 */
@Configuration(proxyBeanMethods = false)
class EndpointsByRole implements WebMvcConfigurer {

    private static final HttpStatusCode MISDIRECTED = HttpStatusCode.valueOf(421);

    private final NodeRoles roles;

    EndpointsByRole(NodeRoles roles) {
        this.roles = roles;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        if (roles.role() != NodeRoles.Role.BOTH) {
            registry.addInterceptor(new Refuse());
        }
    }

    private final class Refuse implements HandlerInterceptor {
        @Override
        public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
                throws Exception {
            if (!(handler instanceof HandlerMethod method)) {
                return true;
            }
            Side side = Side.of(method.getBeanType());
            if (!roles.serves(side)) {
                String send = side == Side.COMMAND ? "commands to a command node" : "queries to a query node";
                ProblemDetail problem = Problems.of(MISDIRECTED, "misdirected-request", "Not served by this node",
                                                    "This node runs career.roles=" + roles.role().name().toLowerCase(Locale.ROOT)
                                                            + "; send " + send);
                problem.setProperty("code", "NOT_SERVED_BY_THIS_NODE");
                Problems.write(response, Problems.at(problem, request));
                return false;
            }
            return true;
        }
    }
}
