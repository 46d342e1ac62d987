package io.careerhistory.infra.security;

import io.careerhistory.infra.identity.LoginNames;
import io.careerhistory.query.directory.DirectoryCard;
import io.careerhistory.query.directory.DirectoryRepository;
import io.careerhistory.query.promotion.PromotionCaseRepository;
import org.bson.Document;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * The rules that depend on whose record it is. An employee's timeline, readiness, plan and mentorships: the employee
 * themselves, their current manager, talent partners and auditors. A promotion case: its nominator (a manager),
 * committee members of that case, talent partners and auditors.
 */
@Component
class RecordAccess {

    private final LoginNames loginNames;
    private final DirectoryRepository directory;
    private final PromotionCaseRepository cases;

    RecordAccess(LoginNames loginNames, DirectoryRepository directory, PromotionCaseRepository cases) {
        this.loginNames = loginNames;
        this.directory = directory;
        this.cases = cases;
    }

    AuthorizationManager<RequestAuthorizationContext> employeeRecord() {
        return (authentication, context) -> decide(authentication, auth -> {
            if (has(auth, Role.TALENT_PARTNER) || has(auth, Role.AUDITOR)) {
                return true;
            }
            String employeeId = context.getVariables().get("employeeId");
            Optional<String> self = loginNames.employeeIdOf(auth.getName());
            if (self.isEmpty()) {
                return false;
            }
            if (has(auth, Role.EMPLOYEE) && self.get().equals(employeeId)) {
                return true;
            }
            return has(auth, Role.MANAGER) && directory.find(employeeId).map(DirectoryCard::managerId)
                                                       .filter(self.get()::equals).isPresent();
        });
    }

    AuthorizationManager<RequestAuthorizationContext> promotionCase() {
        return (authentication, context) -> decide(authentication, auth -> {
            if (has(auth, Role.TALENT_PARTNER) || has(auth, Role.AUDITOR)) {
                return true;
            }
            Optional<String> self = loginNames.employeeIdOf(auth.getName());
            Optional<Document> found = cases.find(context.getVariables().get("caseId"));
            if (self.isEmpty() || found.isEmpty()) {
                return false;
            }
            Document promotion = found.get();
            boolean nominator = self.get().equals(promotion.getString("nominatedBy"));
            Document committee = promotion.get("committee", Document.class);
            List<String> members = committee == null ? List.of() : committee.getList("members", String.class);
            return (has(auth, Role.MANAGER) && nominator) || (has(auth, Role.COMMITTEE) && members.contains(self.get()));
        });
    }

    private static AuthorizationDecision decide(Supplier<Authentication> authentication,
                                                Predicate<Authentication> rule) {
        Authentication auth = authentication.get();
        return new AuthorizationDecision(auth != null && auth.isAuthenticated() && rule.test(auth));
    }

    private static boolean has(Authentication auth, Role role) {
        return auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role.name()));
    }
}
