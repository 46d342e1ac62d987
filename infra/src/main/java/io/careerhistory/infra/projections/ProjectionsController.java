package io.careerhistory.infra.projections;

import io.careerhistory.infra.eventstore.HeadPosition;
import org.axonframework.config.EventProcessingConfiguration;
import org.axonframework.eventhandling.EventTrackerStatus;
import org.axonframework.eventhandling.StreamingEventProcessor;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** For admins: every projection's position, lag and state, and blue/green rebuilds with their progress. */
@RestController
class ProjectionsController {

    private final EventProcessingConfiguration processing;
    private final EventStorageEngine store;
    private final ViewRebuilder rebuilder;

    ProjectionsController(EventProcessingConfiguration processing, EventStorageEngine store, ViewRebuilder rebuilder) {
        this.processing = processing;
        this.store = store;
        this.rebuilder = rebuilder;
    }

    @GetMapping("/api/admin/projections")
    Map<String, List<ProjectionStatus>> projections() {
        long head = HeadPosition.of(store);
        Map<String, StreamingEventProcessor> processors = new TreeMap<>();
        processing.eventProcessors().forEach((name, p) -> {
            if (p instanceof StreamingEventProcessor streaming) {
                processors.put(name, streaming);
            }
        });
        List<ProjectionStatus> statuses = new ArrayList<>();
        processors.forEach((name, processor) -> statuses.add(status(name, processor, head)));
        return Map.of("projections", statuses);
    }

    @PostMapping("/api/admin/projections/{name}/rebuild")
    ResponseEntity<RebuildProgress> rebuild(@PathVariable String name) {
        RebuildProgress started = rebuilder.start(name);
        return ResponseEntity.accepted().location(URI.create("/api/admin/projections")).body(started);
    }

    @ExceptionHandler(ViewRebuilder.RebuildAlreadyRunning.class)
    ResponseEntity<ProblemDetail> alreadyRunning(ViewRebuilder.RebuildAlreadyRunning e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, e.getMessage());
        problem.setTitle("Rebuild already running");
        problem.setProperty("code", "REBUILD_ALREADY_RUNNING");
        return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
    }

    private ProjectionStatus status(String name, StreamingEventProcessor processor, long head) {
        Collection<EventTrackerStatus> segments = processor.processingStatus().values();
        long position = segments.isEmpty() ? -1 : segments.stream()
                                                        .mapToLong(s -> s.getCurrentPosition().orElse(-1))
                                                        .min().orElse(-1);
        String state = !processor.isRunning() ? "STOPPED"
                : processor.isError() || segments.stream().anyMatch(EventTrackerStatus::isErrorState) ? "ERROR"
                : "RUNNING";
        return new ProjectionStatus(name, state, position, head, Math.max(head - position, 0), segments.size(),
                                    rebuilder.views().contains(name), rebuilder.progress(name).orElse(null));
    }
}
