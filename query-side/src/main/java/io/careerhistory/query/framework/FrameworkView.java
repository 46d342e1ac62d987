package io.careerhistory.query.framework;

import io.careerhistory.query.common.SingleCollectionView;
import org.springframework.stereotype.Component;

/** The career framework view: every published version. */
@Component
class FrameworkView extends SingleCollectionView {

    FrameworkView() {
        super(FrameworkProjection.PROCESSING_GROUP, FrameworkRepository.COLLECTION,
              (database, collection) -> new FrameworkProjection(new FrameworkRepository(database, collection)));
    }
}
