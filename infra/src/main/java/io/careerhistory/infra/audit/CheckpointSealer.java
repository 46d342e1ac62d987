package io.careerhistory.infra.audit;

import io.careerhistory.infra.eventstore.StoreCheckpoints;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Signs a checkpoint of the store's head every {@code career.event-store.checkpoint-interval} (a minute by default),
 * so that what was stored up to then can later be proven unaltered, not removed and not truncated.
 */
@Configuration
@EnableScheduling
class CheckpointSealer {

    private static final Logger log = LoggerFactory.getLogger(CheckpointSealer.class);

    private final StoreCheckpoints checkpoints;

    CheckpointSealer(StoreCheckpoints checkpoints) {
        this.checkpoints = checkpoints;
    }

    @Scheduled(initialDelayString = "${career.event-store.checkpoint-interval:PT1M}",
               fixedDelayString = "${career.event-store.checkpoint-interval:PT1M}")
    void seal() {
        checkpoints.seal().ifPresent(c -> log.debug("Signed a checkpoint at commit {}", c.position()));
    }
}
