package io.careerhistory.events.framework;

import java.util.List;

/** One requirement of a level; {@code skills} only for {@link CriterionKind#SKILLS}, else empty. */
public record Criterion(CriterionKind kind, int minimum, List<String> skills, String description) {
}
