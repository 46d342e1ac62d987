package io.careerhistory.infra.security;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import org.bson.Document;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static com.mongodb.client.model.Filters.eq;

/**
 * The users of the embedded default, from configuration. Each password comes from, in order: the configured
 * {@code password} (tests), the environment variable {@code CAREER_PASSWORD_<NAME>}, the hash kept from an earlier
 * start ({@code security_users}), or else it is generated on this first start, printed once, and only its hash kept.
 * A password given is kept as a hash too: later starts without it keep it, and giving another replaces it.
 */
final class ConfiguredUsers {

    static final String COLLECTION = "security_users";
    private static final Logger log = LoggerFactory.getLogger(ConfiguredUsers.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private ConfiguredUsers() {
    }

    static InMemoryUserDetailsManager load(CareerSecurityProperties properties, MongoDatabase database,
                                           PasswordEncoder encoder, Map<String, String> environment) {
        MongoCollection<Document> hashes = database.getCollection(COLLECTION);
        List<UserDetails> users = properties.users().stream().map(user -> {
            String hash = hash(user, hashes, encoder, environment);
            return User.withUsername(user.name()).password(hash)
                       .roles(user.roles().stream().map(Role::name).toArray(String[]::new)).build();
        }).toList();
        return new InMemoryUserDetailsManager(users);
    }

    private static String hash(CareerSecurityProperties.User user, MongoCollection<Document> hashes,
                               PasswordEncoder encoder, Map<String, String> environment) {
        String given = user.password() != null ? user.password() : environment.get(environmentVariable(user.name()));
        if (given != null && !given.isBlank()) {
            // Kept too, so a later start without the variable (another shell, a restart by hand) keeps this password.
            return keep(user, encoder.encode(given), hashes);
        }
        Document kept = hashes.find(eq("_id", user.name())).first();
        if (kept != null) {
            return kept.getString("hash");
        }
        byte[] bytes = new byte[18];
        RANDOM.nextBytes(bytes);
        String generated = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        String hash = keep(user, encoder.encode(generated), hashes);
        // Printed once, on the start that generated it; later starts find only its hash.
        log.warn("Generated password for user '{}' ({}): {}  (shown only now; set {} to choose your own)", user.name(),
                 user.roles(), generated, environmentVariable(user.name()));
        return hash;
    }

    private static String keep(CareerSecurityProperties.User user, String hash, MongoCollection<Document> hashes) {
        hashes.replaceOne(eq("_id", user.name()), new Document("_id", user.name()).append("hash", hash),
                          new ReplaceOptions().upsert(true));
        return hash;
    }

    static String environmentVariable(String userName) {
        return "CAREER_PASSWORD_" + userName.toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_");
    }
}
