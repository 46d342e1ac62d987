package io.careerhistory.events.promotion;

public enum PromotionOutcome {
    APPROVED,
    REJECTED
}
