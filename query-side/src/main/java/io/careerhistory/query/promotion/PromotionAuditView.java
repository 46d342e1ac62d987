package io.careerhistory.query.promotion;

import io.careerhistory.query.common.SingleCollectionView;
import org.springframework.stereotype.Component;

/** The promotion audit view: one record per case. */
@Component
class PromotionAuditView extends SingleCollectionView {

    PromotionAuditView() {
        super(PromotionAuditProjection.PROCESSING_GROUP, PromotionCaseRepository.COLLECTION,
              (database, collection) -> new PromotionAuditProjection(new PromotionCaseRepository(database, collection)));
    }
}
