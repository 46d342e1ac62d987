package io.careerhistory.infra.security;

import io.careerhistory.command.api.CurrentActor;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.infra.identity.LoginNames;
import io.careerhistory.query.common.Viewer;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The signed-in user, for the command side (who acts) and the query side (who reads): the principal's name, which is
 * their login name, the employee hired with it, and their roles.
 */
@Component
class PrincipalActor implements CurrentActor, Viewer {

    private static final String CACHE = PrincipalActor.class.getName() + ".employee";

    private final LoginNames loginNames;

    PrincipalActor(LoginNames loginNames) {
        this.loginNames = loginNames;
    }

    @Override
    public Set<String> roles() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !authentication.isAuthenticated()) {
            return Set.of();
        }
        return authentication.getAuthorities().stream().map(a -> a.getAuthority())
                             .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring("ROLE_".length()))
                             .collect(Collectors.toCollection(TreeSet::new));
    }

    @Override
    public String employeeId() {
        EmployeeId employee = actingEmployee();
        return employee == null ? null : employee.value();
    }

    /** Looked up once per request: the controller and the command sender both ask. */
    @Override
    public EmployeeId actingEmployee() {
        String name = name();
        if (name == null) {
            return null;
        }
        RequestAttributes request = RequestContextHolder.getRequestAttributes();
        Object cached = request == null ? null : request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        if (cached instanceof Optional<?> known) {
            return (EmployeeId) known.orElse(null);
        }
        Optional<EmployeeId> employee = loginNames.employeeIdOf(name).map(EmployeeId::of);
        if (request != null) {
            request.setAttribute(CACHE, employee, RequestAttributes.SCOPE_REQUEST);
        }
        return employee.orElse(null);
    }

    @Override
    public String name() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication == null || !authentication.isAuthenticated() ? null : authentication.getName();
    }
}
