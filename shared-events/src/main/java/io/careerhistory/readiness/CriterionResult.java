package io.careerhistory.readiness;

import io.careerhistory.events.framework.CriterionKind;

import java.time.LocalDate;
import java.util.List;

/** One criterion of the next level: what it asks, what the career shows, and the facts that show it. */
public record CriterionResult(CriterionKind kind, String description, int minimum, int actual, boolean met,
                              List<Evidence> evidence) {

    /** A fact counted towards a criterion. */
    public record Evidence(String kind, String id, String title, LocalDate on) {
    }
}
