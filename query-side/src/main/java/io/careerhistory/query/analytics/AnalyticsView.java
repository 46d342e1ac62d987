package io.careerhistory.query.analytics;

import io.careerhistory.query.common.SingleCollectionView;
import org.springframework.stereotype.Component;

/** The analytics view: one document per employee with what the analytics count. */
@Component
class AnalyticsView extends SingleCollectionView {

    AnalyticsView() {
        super(AnalyticsProjection.PROCESSING_GROUP, AnalyticsRepository.COLLECTION,
              (database, collection) -> new AnalyticsProjection(new AnalyticsRepository(database, collection)));
    }
}
