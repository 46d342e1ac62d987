package io.careerhistory.infra.idempotency;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.careerhistory.command.api.idempotency.IdempotencyStore;
import io.careerhistory.command.api.idempotency.StoredResponse;
import io.careerhistory.infra.MutableClock;
import io.careerhistory.infra.mongo.EmbeddedMongoServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

class MongoIdempotencyStoreIT {

    private EmbeddedMongoServer server;
    private MongoClient client;
    private final MutableClock clock = new MutableClock(Instant.parse("2026-01-05T09:00:00Z"));
    private MongoIdempotencyStore store;

    @BeforeEach
    void start() {
        server = EmbeddedMongoServer.inMemory();
        client = MongoClients.create(server.connectionString());
        store = new MongoIdempotencyStore(client.getDatabase("idempotency-test"), clock);
    }

    @AfterEach
    void stop() {
        client.close();
        server.close();
    }

    @Test
    void aKeyIsClaimedOnceThenReplayedThenRefusedForAnotherRequest() {
        assertThat(store.claim("alice|k1", "fp")).isInstanceOf(IdempotencyStore.Claimed.class);
        assertThat(store.claim("alice|k1", "fp")).isInstanceOf(IdempotencyStore.InProgress.class);
        StoredResponse response = new StoredResponse(201, "application/json", "/api/employees/x", "41",
                                                     "{\"employeeId\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        store.complete("alice|k1", response);

        assertThat(store.claim("alice|k1", "fp")).isEqualTo(new IdempotencyStore.AlreadyDone(response));
        assertThat(store.claim("alice|k1", "other")).isInstanceOf(IdempotencyStore.Mismatch.class);
        assertThat(store.claim("bob|k1", "other")).as("keys are per actor").isInstanceOf(IdempotencyStore.Claimed.class);
    }

    @Test
    void aReleasedKeyCanBeClaimedAgain() {
        store.claim("alice|k2", "fp");
        store.release("alice|k2");
        assertThat(store.claim("alice|k2", "fp2")).isInstanceOf(IdempotencyStore.Claimed.class);
    }

    @Test
    void aClaimAbandonedByADeadNodeIsTakenOverAfterTheTimeoutByOneRepeatOnly() {
        store.claim("alice|k3", "fp");
        clock.advance(MongoIdempotencyStore.ABANDONED_AFTER.minusSeconds(1));
        assertThat(store.claim("alice|k3", "fp")).isInstanceOf(IdempotencyStore.InProgress.class);

        clock.advance(Duration.ofSeconds(2));
        assertThat(store.claim("alice|k3", "fp")).isInstanceOf(IdempotencyStore.Claimed.class);
        assertThat(store.claim("alice|k3", "fp")).isInstanceOf(IdempotencyStore.InProgress.class);
    }
}
