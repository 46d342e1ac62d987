package io.careerhistory.infra.deadletters;

import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.ReplaceOptions;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.query.common.ViewCollection;
import io.careerhistory.query.common.ViewCollections;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.bson.Document;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * A test projection of course completions that fails, while {@link #FAILING} is set, on every course whose title starts
 * with "Poison": the stand-in for a projection with a bug, fixed by clearing the flag. A view that can be rebuilt
 * ({@link FlakyView}), kept in the collection {@value #COLLECTION}.
 */
@Component
@ConditionalOnProperty("career.test.flaky-projection")
@ProcessingGroup(FlakyProjection.PROCESSING_GROUP)
public class FlakyProjection {

    public static final String PROCESSING_GROUP = "test-flaky";
    public static final String COLLECTION = "test_flaky";
    public static final AtomicBoolean FAILING = new AtomicBoolean(true);

    private final ViewCollection handled;

    @Autowired
    FlakyProjection(MongoDatabase database, ViewCollections views) {
        this(ViewCollection.live(database, views, COLLECTION));
    }

    FlakyProjection(ViewCollection handled) {
        this.handled = handled;
    }

    @EventHandler
    void on(CourseCompletedEvent event, @SequenceNumber long sequence) {
        if (FAILING.get() && event.title().startsWith("Poison")) {
            throw new IllegalStateException("Flaky projection cannot handle " + event.courseId());
        }
        handled.get().replaceOne(new Document("_id", event.completionId()),
                           new Document("_id", event.completionId()).append("employeeId", event.employeeId().value())
                                                                    .append("courseId", event.courseId())
                                                                    .append("sequence", sequence),
                           new ReplaceOptions().upsert(true));
    }
}
