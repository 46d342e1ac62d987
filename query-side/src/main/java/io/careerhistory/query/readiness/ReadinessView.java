package io.careerhistory.query.readiness;

import io.careerhistory.query.common.SingleCollectionView;
import org.springframework.stereotype.Component;

/** The readiness view: the facts the readiness rules fold, per employee. */
@Component
class ReadinessView extends SingleCollectionView {

    ReadinessView() {
        super(ReadinessProjection.PROCESSING_GROUP, ReadinessRepository.COLLECTION,
              (database, collection) -> new ReadinessProjection(new ReadinessRepository(database, collection)));
    }
}
