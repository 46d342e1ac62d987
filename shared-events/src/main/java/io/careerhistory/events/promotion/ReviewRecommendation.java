package io.careerhistory.events.promotion;

/** What one committee member recommends to the chair. */
public enum ReviewRecommendation {
    APPROVE,
    REJECT
}
