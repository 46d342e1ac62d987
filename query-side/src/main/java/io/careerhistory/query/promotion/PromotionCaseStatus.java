package io.careerhistory.query.promotion;

import io.careerhistory.events.promotion.PromotionOutcome;

/**
 * Where a promotion case stands in the case view: open until decided, then its {@link PromotionOutcome}. A filter by
 * status takes one of these, so a misspelt one is refused rather than answered with no cases.
 */
enum PromotionCaseStatus {
    OPEN,
    APPROVED,
    REJECTED;

    static PromotionCaseStatus decided(PromotionOutcome outcome) {
        return valueOf(outcome.name());
    }
}
