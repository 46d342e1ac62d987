package io.careerhistory.infra.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.infra.identity.EmailAddresses;
import io.careerhistory.infra.identity.LoginNames;
import org.springframework.stereotype.Component;

import java.util.Optional;

/**
 * Which employee a statement's actor is: by {@code mbox}, through the email blind index, or by an {@code account} of
 * the company's sign-in system (a configured home page), through the login-name blind index. Neither lookup ever
 * stores or compares the plain address or login.
 */
@Component
class Learners {

    private final EmailAddresses emails;
    private final LoginNames logins;
    private final XapiProperties properties;

    Learners(EmailAddresses emails, LoginNames logins, XapiProperties properties) {
        this.emails = emails;
        this.logins = logins;
        this.properties = properties;
    }

    /** The employee, or why the actor is none (the reason a statement is ignored). */
    Learner identify(JsonNode actor) {
        if ("Group".equals(actor.path("objectType").asText())) {
            return Learner.unknown("the actor is a Group; completions are recorded for one person");
        }
        if (actor.has("mbox")) {
            return found(emails.employeeIdOf(actor.get("mbox").asText()), "no employee has the actor's mbox");
        }
        if (actor.has("account")) {
            JsonNode account = actor.get("account");
            if (!properties.loginHomePages().contains(account.path("homePage").asText())) {
                return Learner.unknown("the actor's account.homePage is not a sign-in system of ours "
                                               + properties.loginHomePages());
            }
            return found(logins.employeeIdOf(account.path("name").asText()), "no employee has the actor's account name");
        }
        return Learner.unknown("the actor is identified by mbox_sha1sum or openid; use mbox or account");
    }

    private static Learner found(Optional<String> employee, String otherwise) {
        return employee.map(id -> new Learner(id, null)).orElseGet(() -> Learner.unknown(otherwise));
    }

    /** {@code employeeId}, or null and {@code unknownBecause}. */
    record Learner(String employeeId, String unknownBecause) {
        static Learner unknown(String because) {
            return new Learner(null, because);
        }
    }
}
