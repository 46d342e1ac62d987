package io.careerhistory.infra.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Set;

/**
 * {@code career.security}: the users of the embedded default, each a login name with roles (a user maps to the employee
 * hired with that login name), and the OpenID Connect issuer that replaces them in production.
 *
 * @param users configured users; a password is never configured in code: see {@link ConfiguredUsers}
 * @param oidc  when {@code issuer-uri} is set, bearer JWTs from that issuer are accepted instead of the users above
 */
@ConfigurationProperties("career.security")
public record CareerSecurityProperties(List<User> users, Oidc oidc) {

    public CareerSecurityProperties {
        users = users == null ? List.of() : List.copyOf(users);
        oidc = oidc == null ? new Oidc(null, null) : oidc;
    }

    /** @param password only for tests and for tools that set it through the environment; otherwise leave it out */
    public record User(String name, Set<Role> roles, String password) {
    }

    /** @param rolesClaim the JWT claim that lists the user's roles, by their names (default {@code roles}) */
    public record Oidc(String issuerUri, String rolesClaim) {
        public Oidc {
            rolesClaim = rolesClaim == null || rolesClaim.isBlank() ? "roles" : rolesClaim;
        }

        boolean enabled() {
            return issuerUri != null && !issuerUri.isBlank();
        }
    }
}
