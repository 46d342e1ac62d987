package io.careerhistory.query.mentorship;

import io.careerhistory.query.common.SingleCollectionView;
import org.springframework.stereotype.Component;

/** The mentorship requests view: one document per request, open until matched or cancelled. */
@Component
class MentorshipRequestsView extends SingleCollectionView {

    MentorshipRequestsView() {
        super(MentorshipRequestsProjection.PROCESSING_GROUP, MentorshipRequestsRepository.COLLECTION,
              (database, collection) -> new MentorshipRequestsProjection(
                      new MentorshipRequestsRepository(database, collection)));
    }
}
