package io.careerhistory.infra.security;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.MongoDatabase;
import io.careerhistory.infra.mongo.EmbeddedMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Passwords of configured users: from the environment, or generated once, printed once, and only hashed after. */
@ExtendWith(OutputCaptureExtension.class)
class ConfiguredUsersIT {

    private static final Pattern PRINTED = Pattern.compile("Generated password for user 'auditor' \\(\\[AUDITOR]\\): (\\S+)");
    private final PasswordEncoder encoder = new BCryptPasswordEncoder(4);
    private EmbeddedMongoServer server;
    private MongoClient client;
    private MongoDatabase database;

    @BeforeEach
    void start() {
        server = EmbeddedMongoServer.inMemory();
        client = MongoClients.create(server.connectionString());
        database = client.getDatabase("users-test");
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    private static CareerSecurityProperties auditor() {
        return new CareerSecurityProperties(List.of(new CareerSecurityProperties.User("auditor", Set.of(Role.AUDITOR), null)),
                                            null);
    }

    @Test
    void aPasswordNotGivenIsGeneratedOnTheFirstStartPrintedOnceAndKeptAsAHashOnly(CapturedOutput output) {
        InMemoryUserDetailsManager first = ConfiguredUsers.load(auditor(), database, encoder, Map.of());
        Matcher printed = PRINTED.matcher(output.getOut());
        assertThat(printed.find()).as(output.getOut()).isTrue();
        String password = printed.group(1);
        assertThat(encoder.matches(password, first.loadUserByUsername("auditor").getPassword())).isTrue();
        assertThat(first.loadUserByUsername("auditor").getAuthorities()).extracting(Object::toString)
                                                                       .containsExactly("ROLE_AUDITOR");

        InMemoryUserDetailsManager second = ConfiguredUsers.load(auditor(), database, encoder, Map.of());
        assertThat(PRINTED.matcher(output.getOut()).results().count()).as("printed once").isEqualTo(1);
        assertThat(encoder.matches(password, second.loadUserByUsername("auditor").getPassword())).isTrue();
        assertThat(database.getCollection(ConfiguredUsers.COLLECTION).find().first().toJson()).doesNotContain(password);
    }

    @Test
    void aPasswordFromTheEnvironmentWinsAndIsNeverPrinted(CapturedOutput output) {
        InMemoryUserDetailsManager users = ConfiguredUsers.load(auditor(), database, encoder,
                                                                Map.of("CAREER_PASSWORD_AUDITOR", "chosen-by-ops"));

        assertThat(encoder.matches("chosen-by-ops", users.loadUserByUsername("auditor").getPassword())).isTrue();
        assertThat(output.getOut()).doesNotContain("chosen-by-ops").doesNotContain("Generated password");
        assertThat(ConfiguredUsers.environmentVariable("talent.partner-1")).isEqualTo("CAREER_PASSWORD_TALENT_PARTNER_1");
    }

    @Test
    void aPasswordFromTheEnvironmentIsKeptForLaterStartsWithoutItAndReplacedByAnotherOne(CapturedOutput output) {
        ConfiguredUsers.load(auditor(), database, encoder, Map.of("CAREER_PASSWORD_AUDITOR", "chosen-by-ops"));

        InMemoryUserDetailsManager later = ConfiguredUsers.load(auditor(), database, encoder, Map.of());
        assertThat(encoder.matches("chosen-by-ops", later.loadUserByUsername("auditor").getPassword())).isTrue();
        assertThat(output.getOut()).doesNotContain("Generated password");

        ConfiguredUsers.load(auditor(), database, encoder, Map.of("CAREER_PASSWORD_AUDITOR", "rotated"));
        InMemoryUserDetailsManager afterRotation = ConfiguredUsers.load(auditor(), database, encoder, Map.of());
        assertThat(encoder.matches("rotated", afterRotation.loadUserByUsername("auditor").getPassword())).isTrue();
        assertThat(encoder.matches("chosen-by-ops", afterRotation.loadUserByUsername("auditor").getPassword())).isFalse();
        assertThat(database.getCollection(ConfiguredUsers.COLLECTION).find().first().toJson()).doesNotContain("rotated");
    }
}
