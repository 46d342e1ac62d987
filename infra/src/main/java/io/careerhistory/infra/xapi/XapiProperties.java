package io.careerhistory.infra.xapi;

import io.careerhistory.events.career.CourseProvider;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.List;
import java.util.Map;

/**
 * {@code career.xapi}: how statements map onto careers.
 *
 * @param loginHomePages an {@code actor.account} whose {@code homePage} is one of these names the employee by their
 *                       login name (the company's sign-in system); other accounts are not ours and are ignored
 * @param providers      per source (the user a learning-record source signs in as), the provider its courses are
 *                       recorded under; {@code EXTERNAL} when not given
 */
@ConfigurationProperties("career.xapi")
public record XapiProperties(List<String> loginHomePages, Map<String, CourseProvider> providers) {

    public XapiProperties {
        loginHomePages = loginHomePages == null ? List.of() : List.copyOf(loginHomePages);
        providers = providers == null ? Map.of() : Map.copyOf(providers);
    }

    CourseProvider providerOf(String source) {
        return providers.getOrDefault(source, CourseProvider.EXTERNAL);
    }
}
