package io.careerhistory.query.timeline;

import io.careerhistory.events.career.LevelHistoryImportedEvent;
import io.careerhistory.events.career.PromotionHistoryImportedEvent;
import io.careerhistory.query.common.GlobalPosition;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.messaging.annotation.MessageIdentifier;
import org.springframework.stereotype.Component;

import java.util.Map;

import static io.careerhistory.query.timeline.TimelineKind.LEVEL_IMPORTED;
import static io.careerhistory.query.timeline.TimelineKind.PROMOTION_IMPORTED;

/**
 * History from before the system was in use, on the timeline as what it is: recorded from an import, with its source,
 * and never shown as a promotion decided here (no case, no committee), which would claim a four-eyes decision that
 * never happened in this system.
 */
@Component
@ProcessingGroup(TimelineProjection.PROCESSING_GROUP)
class ImportedHistoryTimelineProjection {

    private final TimelineRepository repository;

    ImportedHistoryTimelineProjection(TimelineRepository repository) {
        this.repository = repository;
    }

    @EventHandler
    void on(LevelHistoryImportedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, LEVEL_IMPORTED, event.heldFrom(), sequence,
                                         event.track() + " " + event.level() + " (recorded from import: " + event.source()
                                                 + ")",
                                         Map.of("track", event.track(), "level", event.level(), "source", event.source(),
                                                "recordedFrom", "import"),
                                         Map.of()));
    }

    @EventHandler
    void on(PromotionHistoryImportedEvent event, @MessageIdentifier String eventId, @GlobalPosition long sequence) {
        repository.put(event.employeeId().value(),
                       new TimelineEntry(eventId, PROMOTION_IMPORTED, event.promotedOn(), sequence,
                                         "Promoted to " + event.track() + " " + event.toLevel()
                                                 + " (recorded from import: " + event.source() + ")",
                                         Map.of("fromLevel", event.fromLevel(), "toLevel", event.toLevel(),
                                                "track", event.track(), "source", event.source(),
                                                "recordedFrom", "import"),
                                         Map.of()));
    }
}
