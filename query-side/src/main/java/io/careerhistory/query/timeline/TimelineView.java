package io.careerhistory.query.timeline;

import com.mongodb.client.MongoDatabase;
import io.careerhistory.query.common.RebuildableView;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.function.UnaryOperator;

/** The timeline view: one collection, filled by the projections of every part of a career. */
@Component
class TimelineView implements RebuildableView {

    @Override
    public String processingGroup() {
        return TimelineProjection.PROCESSING_GROUP;
    }

    @Override
    public List<String> collections() {
        return List.of(TimelineRepository.COLLECTION);
    }

    @Override
    public List<Object> handlersWritingTo(MongoDatabase database, UnaryOperator<String> target) {
        TimelineRepository repository = new TimelineRepository(database, target.apply(TimelineRepository.COLLECTION));
        return List.of(new TimelineProjection(repository), new DevelopmentPlanTimelineProjection(repository),
                       new RotationTimelineProjection(repository), new PromotionTimelineProjection(repository),
                       new MentorshipTimelineProjection(repository), new FeedbackTimelineProjection(repository),
                       new KnowledgeSharingTimelineProjection(repository));
    }
}
