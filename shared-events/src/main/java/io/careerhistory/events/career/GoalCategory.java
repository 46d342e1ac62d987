package io.careerhistory.events.career;

/** What a development goal grows. */
public enum GoalCategory {
    TECHNICAL,
    LEADERSHIP,
    PRODUCT,
    OTHER
}
