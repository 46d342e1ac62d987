package io.careerhistory.infra.axon;

import io.careerhistory.infra.eventstore.MongoCommitEventStorageEngine;
import io.careerhistory.infra.eventstore.StoreHead;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.springframework.boot.actuate.info.Info;
import org.springframework.boot.actuate.info.InfoContributor;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Shows under /actuator/info the head of the event store and, for each event processor, the position of each segment
 * and whether it has caught up. {@code commits} counts positions, aborted commits included; {@code events} is the
 * next event number, which is the number of events unless a commit claimed numbers and never landed (ADR 0002).
 */
@Component
class EventStoreInfoContributor implements InfoContributor {

    private final MongoCommitEventStorageEngine engine;
    private final EventProcessingConfiguration processing;

    EventStoreInfoContributor(MongoCommitEventStorageEngine engine, EventProcessingConfiguration processing) {
        this.engine = engine;
        this.processing = processing;
    }

    @Override
    public void contribute(Info.Builder builder) {
        StoreHead head = engine.refreshHead();
        builder.withDetail("eventStore", Map.of("commits", head.position(), "events", head.nextGlobalIndex()));
        Map<String, Object> processors = new TreeMap<>();
        processing.eventProcessors().forEach((name, processor) -> {
            if (processor instanceof StreamingEventProcessor streaming) {
                Map<Integer, Object> segments = new TreeMap<>();
                streaming.processingStatus().forEach((segment, status) -> segments.put(segment, describe(status)));
                processors.put(name, Map.of("running", streaming.isRunning(), "segments", segments));
            }
        });
        builder.withDetail("processors", processors);
    }

    private static Map<String, Object> describe(EventTrackerStatus status) {
        Map<String, Object> described = new LinkedHashMap<>();
        // Every segment follows the whole stream; position() numbers events from 0, so position + 1 events were seen.
        described.put("eventsSeen", status.getCurrentPosition().isPresent() ? status.getCurrentPosition().getAsLong() + 1 : 0);
        described.put("caughtUp", status.isCaughtUp());
        described.put("replaying", status.isReplaying());
        described.put("error", status.isErrorState() ? String.valueOf(status.getError()) : null);
        return described;
    }
}
