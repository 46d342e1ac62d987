package io.careerhistory.infra.axon;

import io.careerhistory.infra.eventstore.MongoCommitEventStorageEngine;
import org.springframework.boot.context.properties.ConfigurationProperties;

import java.time.Duration;

/**
 * {@code career.event-store.hmac-key} (env CAREER_EVENT_STORE_HMAC_KEY) keys the hash chain. With the embedded
 * default and no key configured, one is generated on first start and kept in the data directory.
 * {@code hole-timeout} is how long readers wait for a claimed but unwritten position before filling it (ADR 0002).
 */
@ConfigurationProperties(prefix = "career.event-store")
public record EventStoreProperties(String hmacKey, Integer batchSize, Integer snapshotThreshold, Duration holeTimeout) {

    public EventStoreProperties {
        batchSize = batchSize == null ? MongoCommitEventStorageEngine.DEFAULT_BATCH_SIZE : batchSize;
        snapshotThreshold = snapshotThreshold == null ? 100 : snapshotThreshold;
        holeTimeout = holeTimeout == null ? Duration.ofSeconds(2) : holeTimeout;
    }
}
