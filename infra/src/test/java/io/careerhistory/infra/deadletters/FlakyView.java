package io.careerhistory.infra.deadletters;

import io.careerhistory.query.common.SingleCollectionView;
import io.careerhistory.query.common.ViewCollection;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/** {@link FlakyProjection}'s view, rebuilt like any other. */
@Component
@ConditionalOnProperty("career.test.flaky-projection")
class FlakyView extends SingleCollectionView {

    FlakyView() {
        super(FlakyProjection.PROCESSING_GROUP, FlakyProjection.COLLECTION,
              (database, collection) -> new FlakyProjection(ViewCollection.fixed(database, collection)));
    }
}
