package io.careerhistory.infra.security;

import com.mongodb.client.MongoDatabase;
import io.careerhistory.infra.consistency.ConsistentReads;
import io.careerhistory.infra.web.Problems;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.oauth2.jwt.JwtDecoders;
import org.springframework.security.oauth2.jwt.SupplierJwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.oauth2.server.resource.authentication.JwtGrantedAuthoritiesConverter;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.firewall.RequestRejectedHandler;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.OrRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import java.time.Clock;
import java.util.Arrays;

/**
 * Every endpoint needs a signed-in user, except health. The embedded default signs in configured users with HTTP
 * Basic; with {@code career.security.oidc.issuer-uri} set, the API is an OAuth2 resource server taking that issuer's
 * JWTs, with roles from a claim. Which roles may call what: {@link #rules}, and {@link RecordAccess} for the rules that
 * depend on whose record it is. An API path not listed there is refused, so a new endpoint must be placed in the table.
 */
@Configuration
class SecurityConfiguration {

    private static final String[] DIRECTORY_READERS = {"EMPLOYEE", "MANAGER", "TALENT_PARTNER", "COMMITTEE", "AUDITOR"};
    private static final String[] EVERYONE = {"EMPLOYEE", "MANAGER", "TALENT_PARTNER", "COMMITTEE", "AUDITOR", "ANALYST",
            "ADMIN"};

    @Bean
    PasswordEncoder passwordEncoder() {
        return new BCryptPasswordEncoder();
    }

    /**
     * Configured users' passwords, checked with BCrypt once and then remembered for a while (see the class). The users
     * are no bean of their own: Spring Security would then warn that it ignores them, as it must beside this provider.
     */
    @Bean
    AuthenticationProvider configuredUsersAuthentication(CareerSecurityProperties properties, MongoDatabase database,
                                                         PasswordEncoder encoder, Clock clock) {
        UserDetailsService users = ConfiguredUsers.load(properties, database, encoder, System.getenv());
        DaoAuthenticationProvider bcrypt = new DaoAuthenticationProvider(users);
        bcrypt.setPasswordEncoder(encoder);
        return new VerifiedPasswords(bcrypt, clock);
    }

    /** A request the firewall refuses (a path with "..", an encoded slash or backslash, a NUL) gets 400 problem JSON. */
    @Bean
    RequestRejectedHandler problemJsonForRejectedRequests() {
        return (request, response, rejected) -> Problems.write(response, Problems.at(
                Problems.of(HttpStatus.BAD_REQUEST, "rejected-request", "Request rejected", rejected.getMessage()),
                request));
    }

    @Bean
    SecurityFilterChain api(HttpSecurity http, CareerSecurityProperties properties, RecordAccess records,
                            @Qualifier("requestMappingHandlerMapping")
                            ObjectProvider<RequestMappingHandlerMapping> mappings, ConsistentReads consistentReads)
            throws Exception {
        boolean oidc = properties.oidc().enabled();
        ProblemJsonSecurityErrors errors = new ProblemJsonSecurityErrors(!oidc, new ApiEndpoints(mappings));
        http.csrf(csrf -> csrf.disable()) // no browser sessions or cookies: every request carries its credentials
            .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
            .exceptionHandling(e -> e.authenticationEntryPoint(errors).accessDeniedHandler(errors))
            .authorizeHttpRequests(requests -> rules(requests, records))
            // a read that waits for a write waits before the access rules, which read the directory view
            .addFilterBefore(consistentReads.filter(), AuthorizationFilter.class);
        if (oidc) {
            http.oauth2ResourceServer(o -> o.authenticationEntryPoint(errors).jwt(jwt -> jwt
                    .decoder(new SupplierJwtDecoder(() -> JwtDecoders.fromIssuerLocation(properties.oidc().issuerUri())))
                    .jwtAuthenticationConverter(rolesFrom(properties.oidc().rolesClaim()))));
        } else {
            http.httpBasic(basic -> basic.authenticationEntryPoint(errors));
        }
        return http.build();
    }

    private static JwtAuthenticationConverter rolesFrom(String claim) {
        JwtGrantedAuthoritiesConverter roles = new JwtGrantedAuthoritiesConverter();
        roles.setAuthoritiesClaimName(claim);
        roles.setAuthorityPrefix("ROLE_");
        JwtAuthenticationConverter converter = new JwtAuthenticationConverter();
        converter.setJwtGrantedAuthoritiesConverter(roles);
        converter.setPrincipalClaimName("preferred_username"); // the login name, as with configured users
        return converter;
    }

    /** A read's rule holds for HEAD too, which Spring MVC answers as GET without the body. */
    private static RequestMatcher[] reads(String... patterns) {
        PathPatternRequestMatcher.Builder paths = PathPatternRequestMatcher.withDefaults();
        return Arrays.stream(patterns)
                     .map(path -> new OrRequestMatcher(paths.matcher(HttpMethod.GET, path),
                                                       paths.matcher(HttpMethod.HEAD, path)))
                     .toArray(RequestMatcher[]::new);
    }

    /** The table of who may call what (docs/security.md shows it). */
    private static void rules(AuthorizeHttpRequestsConfigurer<HttpSecurity>.AuthorizationManagerRequestMatcherRegistry r,
                              RecordAccess records) {
        r.requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
         // the web interface's pages and libraries: static, holding no data; it signs in to the API like any client
         .requestMatchers(reads("/", "/index.html", "/ui/**", "/webjars/alpinejs/**", "/webjars/chart.js/**"))
         .permitAll()
         .requestMatchers(reads("/api/me")).authenticated()
         .requestMatchers("/actuator/**").hasRole("ADMIN")
         // reads
         .requestMatchers(reads("/api/celebrations", "/api/framework", "/api/credentials/jwks.json",
                                "/api/credentials/issuer-key.pem")).hasAnyRole(EVERYONE)
         .requestMatchers(reads("/api/search", "/api/mentorships/suggestions")).hasAnyRole(DIRECTORY_READERS)
         .requestMatchers(reads("/api/employees/{employeeId}/timeline", "/api/employees/{employeeId}/readiness",
                                "/api/employees/{employeeId}/development-plan",
                                "/api/employees/{employeeId}/mentorships",
                                "/api/employees/{employeeId}/credentials/{eventId}"))
         .access(records.employeeRecord())
         .requestMatchers(reads("/api/readiness")).hasAnyRole("MANAGER", "TALENT_PARTNER", "AUDITOR")
         .requestMatchers(reads("/api/mentorships/requests")).hasRole("TALENT_PARTNER") // who match mentors
         .requestMatchers(reads("/api/rotations")).hasAnyRole("MANAGER", "TALENT_PARTNER") // who take rotations forward
         .requestMatchers(reads("/api/promotions/{caseId}/audit", "/api/promotions/{caseId}/audit/rederive"))
         .access(records.promotionCase())
         .requestMatchers(reads("/api/promotions")).hasAnyRole("MANAGER", "TALENT_PARTNER", "COMMITTEE", "AUDITOR")
         .requestMatchers(reads("/api/audit/verify", "/api/audit/reads")).hasRole("AUDITOR")
         .requestMatchers(reads("/api/export/events")).hasAnyRole("AUDITOR", "ANALYST")
         .requestMatchers(HttpMethod.POST, "/api/analytics/what-if").hasAnyRole("AUDITOR", "ANALYST")
         .requestMatchers(reads("/api/analytics/**")).hasAnyRole("AUDITOR", "ANALYST")
         .requestMatchers("/api/admin/**").hasRole("ADMIN")
         .requestMatchers(reads("/api/learning-records")).hasAnyRole("TALENT_PARTNER", "AUDITOR", "ADMIN")
         .requestMatchers(reads("/xapi/statements")).hasAnyRole("LEARNING_RECORD_SOURCE", "AUDITOR")
         .requestMatchers(HttpMethod.POST, "/xapi/statements").hasRole("LEARNING_RECORD_SOURCE")
         .requestMatchers(HttpMethod.PUT, "/xapi/statements").hasRole("LEARNING_RECORD_SOURCE")
         .requestMatchers("/xapi/**").denyAll()
         // commands
         .requestMatchers(HttpMethod.POST, "/api/framework/versions", "/api/employees/*/erasure").hasRole("ADMIN")
         .requestMatchers(HttpMethod.POST, "/api/import").hasAnyRole("TALENT_PARTNER", "ADMIN")
         .requestMatchers(reads("/api/import/*")).hasAnyRole("TALENT_PARTNER", "ADMIN")
         .requestMatchers(HttpMethod.POST, "/api/employees", "/api/employees/*/transfers", "/api/employees/*/departure")
         .hasRole("TALENT_PARTNER")
         .requestMatchers(HttpMethod.POST, "/api/employees/*/course-completions", "/api/employees/*/course-completions/**",
                          "/api/employees/*/rotations", "/api/employees/*/rotations/**", "/api/employees/*/reviews")
         .hasAnyRole("MANAGER", "TALENT_PARTNER")
         .requestMatchers(HttpMethod.POST, "/api/employees/*/development-goals", "/api/employees/*/development-goals/**")
         .hasAnyRole("EMPLOYEE", "MANAGER")
         .requestMatchers(HttpMethod.POST, "/api/employees/*/tech-talks", "/api/employees/*/learning-pods",
                          "/api/employees/*/learning-pods/**", "/api/employees/*/hack-week-projects",
                          "/api/employees/*/passion-projects", "/api/employees/*/passion-projects/**",
                          "/api/employees/*/feedback", "/api/employees/*/retro-takeaways")
         .hasAnyRole("EMPLOYEE", "MANAGER", "TALENT_PARTNER")
         .requestMatchers(HttpMethod.POST, "/api/mentorships/*/match").hasRole("TALENT_PARTNER") // who run the program
         .requestMatchers(HttpMethod.POST, "/api/mentorships", "/api/mentorships/**")
         .hasAnyRole("EMPLOYEE", "MANAGER", "TALENT_PARTNER")
         .requestMatchers(HttpMethod.POST, "/api/promotions").hasAnyRole("MANAGER", "TALENT_PARTNER")
         .requestMatchers(HttpMethod.POST, "/api/promotions/*/committee", "/api/promotions/*/announcement")
         .hasRole("TALENT_PARTNER")
         .requestMatchers(HttpMethod.POST, "/api/promotions/*/evidence").hasAnyRole("TALENT_PARTNER", "COMMITTEE")
         .requestMatchers(HttpMethod.POST, "/api/promotions/*/reviews", "/api/promotions/*/decision").hasRole("COMMITTEE")
         .requestMatchers(HttpMethod.POST, "/api/promotions/*/announcement-consent").hasRole("EMPLOYEE")
         .requestMatchers("/api/**").denyAll()
         .anyRequest().authenticated(); // the OpenAPI document and its UI
    }
}
