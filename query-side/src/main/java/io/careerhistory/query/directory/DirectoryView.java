package io.careerhistory.query.directory;

import io.careerhistory.query.common.SingleCollectionView;
import org.springframework.stereotype.Component;

/** The directory view: one card per employee. */
@Component
class DirectoryView extends SingleCollectionView {

    DirectoryView() {
        super(DirectoryProjection.PROCESSING_GROUP, DirectoryRepository.COLLECTION,
              (database, collection) -> new DirectoryProjection(new DirectoryRepository(database, collection)));
    }
}
