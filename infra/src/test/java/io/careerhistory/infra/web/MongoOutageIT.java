package io.careerhistory.infra.web;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.infra.Eventually;
import io.careerhistory.infra.credentials.ExternalMongoSecrets;
import io.careerhistory.infra.mongo.EmbeddedMongoServer;
import io.careerhistory.infra.mongo.TcpProxy;
import io.careerhistory.infra.web.ApiClient.Reply;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * MongoDB away for 10 s (its connections broken and refused, through a proxy): commands and queries fail fast with
 * 503 problem JSON, nothing is half-written, and everything recovers without a restart.
 */
class MongoOutageIT extends ApiIntegrationTest {

    private static final EmbeddedMongoServer MONGO = EmbeddedMongoServer.inMemory();
    private static final TcpProxy PROXY = proxy();
    private static final Duration OUTAGE = Duration.ofSeconds(10);

    private static TcpProxy proxy() {
        try {
            String uri = MONGO.connectionString();
            return new TcpProxy("127.0.0.1", Integer.parseInt(uri.substring(uri.lastIndexOf(':') + 1)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void mongoBehindTheProxy(DynamicPropertyRegistry properties) {
        properties.add("career.mongodb.uri", () -> "mongodb://127.0.0.1:" + PROXY.port());
        // a MongoDB given by URI needs its secrets configured, never kept beside the data
        properties.add("career.event-store.hmac-key", () -> ExternalMongoSecrets.HASH_CHAIN_KEY);
        properties.add("career.personal-data.master-key", () -> ExternalMongoSecrets.MASTER_KEY);
        properties.add("career.credentials.signing-key", () -> ExternalMongoSecrets.SIGNING_KEY);
    }

    @AfterAll
    static void stop() throws IOException {
        PROXY.close();
        MONGO.close();
    }

    private Reply recordCompletion(String employee, String course) {
        return api.call("POST", "/api/employees/" + employee + "/course-completions",
                        ApiClient.completion(course, LocalDate.parse("2024-03-05"), null),
                        Map.of("Idempotency-Key", "outage-" + employee + "-" + course));
    }

    @Test
    void commandsAndQueriesFailFastWith503WhileMongoDbIsAwayAndEverythingRecoversWithoutARestart() {
        String employee = api.hire("Outage Survivor");
        api.timelineWhen(employee, "", 1);

        PROXY.cut();
        long cutAt = System.nanoTime();
        long asked = System.nanoTime();
        Reply command = recordCompletion(employee, "during-outage");
        Duration took = Duration.ofNanos(System.nanoTime() - asked);
        assertThat(command.status()).isEqualTo(503);
        assertThat(command.contentType()).contains("application/problem+json");
        assertThat(command.code()).isEqualTo("STORE_UNAVAILABLE");
        assertThat(took).as("fails fast").isLessThan(Duration.ofSeconds(8));
        Reply query = api.call("GET", "/api/employees/" + employee + "/timeline", null);
        assertThat(query.status()).isEqualTo(503);
        assertThat(query.code()).isEqualTo("STORE_UNAVAILABLE");
        assertThat(api.as(null).call("GET", "/actuator/health", null).status()).isEqualTo(503);
        Reply hire = api.call("POST", "/api/employees", """
                {"name":"Hired In The Dark","email":"dark@example.com","loginName":"hired-in-the-dark",
                 "track":"Engineering","level":"E3","team":"Payments","hiredOn":"2023-02-01"}""");
        assertThat(hire.status()).isEqualTo(503);

        sleepUntil(cutAt + OUTAGE.toNanos());
        PROXY.restore();

        Reply retried = Eventually.await(() -> recordCompletion(employee, "during-outage"), r -> r.status() != 503,
                                         Duration.ofSeconds(20));
        assertThat(retried.status()).isEqualTo(201);
        assertThat(recordCompletion(employee, "after-outage").status()).isEqualTo(201);
        // the refused hire left no claim on its login name behind, so it can be made now
        Reply hiredNow = api.call("POST", "/api/employees", """
                {"name":"Hired In The Dark","email":"dark@example.com","loginName":"hired-in-the-dark",
                 "track":"Engineering","level":"E3","team":"Payments","hiredOn":"2023-02-01"}""");
        assertThat(hiredNow.status()).as(String.valueOf(hiredNow.body())).isEqualTo(201);
        // each completion once: the hire and two completions, nothing from the refused attempts
        JsonNode timeline = Eventually.await(() -> api.call("GET", "/api/employees/" + employee + "/timeline", null),
                                             r -> r.status() == 200 && r.body().get("entries").size() >= 3,
                                             Duration.ofSeconds(120)).body();
        assertThat(ApiClient.kinds(timeline)).containsExactlyInAnyOrder("HIRED", "COURSE_COMPLETED", "COURSE_COMPLETED");
        assertThat(Eventually.await(() -> api.as(null).call("GET", "/actuator/health", null).status(), s -> s == 200,
                                    Duration.ofSeconds(60))).isEqualTo(200);
    }

    private static void sleepUntil(long nanoTime) {
        long left = nanoTime - System.nanoTime();
        if (left > 0) {
            try {
                Thread.sleep(Duration.ofNanos(left).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
