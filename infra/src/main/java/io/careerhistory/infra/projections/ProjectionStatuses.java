package io.careerhistory.infra.projections;

import io.careerhistory.infra.cluster.NodeRoles;
import io.careerhistory.infra.deadletters.DeadLetters;
import io.careerhistory.infra.eventstore.HeadPosition;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Every streaming processor's state, position, lag behind the head of the store, dead letters and rebuild, as the admin page, the
 * metrics and the health check all read it.
 */
@Component
public class ProjectionStatuses {

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine store;
    private final ViewRebuilder rebuilder;
    private final DeadLetters deadLetters;
    private final boolean scaledOut;

    ProjectionStatuses(EventProcessingConfiguration processing, EventStorageEngine store, ViewRebuilder rebuilder,
                       DeadLetters deadLetters, NodeRoles roles) {
        this.processing = processing;
        this.store = store;
        this.rebuilder = rebuilder;
        this.deadLetters = deadLetters;
        this.scaledOut = roles.role() != NodeRoles.Role.BOTH;
    }

    /** By name. */
    public List<ProjectionStatus> all() {
        long head = HeadPosition.of(store);
        Map<String, Long> letters = deadLetters.countsByProcessingGroup();
        Map<String, StreamingEventProcessor> processors = new TreeMap<>();
        processing.eventProcessors().forEach((name, p) -> {
            if (p instanceof StreamingEventProcessor streaming) {
                processors.put(name, streaming);
            }
        });
        List<ProjectionStatus> statuses = new ArrayList<>();
        processors.forEach((name, processor) -> statuses.add(status(name, processor, head, letters.getOrDefault(name, 0L))));
        return statuses;
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor, long head, long deadLetters) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        long position = segments.isEmpty() ? -1 : segments.stream()
                                                        .mapToLong(s -> s.getCurrentPosition().orElse(-1))
                                                        .min().orElse(-1);
        String state = !processor.isRunning() ? "STOPPED"
                : processor.isError() || segments.stream().anyMatch(EventTrackerStatus::isErrorState) ? "ERROR"
                : segments.isEmpty() && scaledOut ? "STANDBY"
                : "RUNNING";
        // STANDBY: another node of a scaled-out system holds every segment, and reports the lag. A single node holding
        // none is behind (a failing segment is released while it backs off), and health must see it stall.
        long lag = "STANDBY".equals(state) ? 0 : Math.max(head - position, 0);
        return new ProjectionStatus(name, state, position, head, lag, segments.size(), deadLetters,
                                    rebuilder.views().contains(name), rebuilder.progress(name).orElse(null));
    }
}
