package io.careerhistory.query.rotation;

import io.careerhistory.query.common.SingleCollectionView;
import org.springframework.stereotype.Component;

/** The rotations view: one document per rotation, open until completed or cancelled. */
@Component
class RotationsView extends SingleCollectionView {

    RotationsView() {
        super(RotationsProjection.PROCESSING_GROUP, RotationsRepository.COLLECTION,
              (database, collection) -> new RotationsProjection(new RotationsRepository(database, collection)));
    }
}
