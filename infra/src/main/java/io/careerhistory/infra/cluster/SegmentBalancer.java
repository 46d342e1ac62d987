package io.careerhistory.infra.cluster;

import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Spreads each processor's segments over the live query nodes. Without Axon Server nothing balances them: a pooled
 * processor claims every segment it finds free, so the first node up would keep them all. Every few seconds each
 * query node gives up the segments it holds beyond its fair share (segments / live query nodes, rounded up) for a
 * while, and the others' processors claim them. When a node dies its claims lapse (the token store's claim timeout)
 * and the survivors take its segments, since then their share has grown.
 */
@Component
class SegmentBalancer {

    private static final Logger log = LoggerFactory.getLogger(SegmentBalancer.class);
    private static final long RELEASE_SECONDS = 20;

    private final EventProcessingConfiguration processing;
    private final TokenStore tokens;
    private final NodeHeartbeats heartbeats;
    private final NodeRoles roles;

    SegmentBalancer(EventProcessingConfiguration processing, TokenStore tokens, NodeHeartbeats heartbeats,
                    NodeRoles roles) {
        this.processing = processing;
        this.tokens = tokens;
        this.heartbeats = heartbeats;
        this.roles = roles;
    }

    @Scheduled(initialDelayString = "${career.cluster.balance-interval:PT5S}",
               fixedDelayString = "${career.cluster.balance-interval:PT5S}")
    void balance() {
        if (!roles.runsQuerySide()) {
            return;
        }
        int nodes = Math.max(1, heartbeats.liveQueryNodes());
        if (nodes == 1) {
            return;
        }
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming && streaming.isRunning()) {
                balance(name, streaming, nodes);
            }
        });
    }

    private void balance(String name, StreamingEventProcessor processor, int nodes) {
        int segments = tokens.fetchSegments(name).length;
        int share = (segments + nodes - 1) / nodes;
        List<Integer> held = processor.processingStatus().keySet().stream().sorted().toList();
        for (int i = share; i < held.size(); i++) {
            log.info("Releasing segment {} of {} for another query node ({} segments, {} query nodes)", held.get(i),
                     name, segments, nodes);
            processor.releaseSegment(held.get(i), RELEASE_SECONDS, TimeUnit.SECONDS);
        }
    }
}
