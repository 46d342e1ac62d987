package io.careerhistory.query.search;

import io.careerhistory.query.common.SingleCollectionView;
import org.springframework.stereotype.Component;

/** The search view: the prefix index. */
@Component
class SearchView extends SingleCollectionView {

    SearchView() {
        super(SearchProjection.PROCESSING_GROUP, SearchIndexRepository.COLLECTION,
              (database, collection) -> new SearchProjection(new SearchIndexRepository(database, collection)));
    }
}
