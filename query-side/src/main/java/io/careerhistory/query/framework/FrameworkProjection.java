package io.careerhistory.query.framework;

import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.springframework.stereotype.Component;

/** The published framework versions, as the transparent career pathway and for readiness. */
@Component
@ProcessingGroup(FrameworkProjection.PROCESSING_GROUP)
public class FrameworkProjection {

    public static final String PROCESSING_GROUP = "framework";

    private final FrameworkRepository repository;

    public FrameworkProjection(FrameworkRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    public void on(FrameworkVersionPublishedEvent event) {
        repository.put(event);
    }

    @ResetHandler
    public void reset() {
        repository.deleteAll();
    }
}
