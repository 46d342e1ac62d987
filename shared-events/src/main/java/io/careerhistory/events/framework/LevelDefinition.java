package io.careerhistory.events.framework;

import java.util.List;

/**
 * A level of a track. {@code rank} orders levels within a track and compares them across tracks (an Engineering E4 and
 * a Product P4 with the same rank are peers), which mentorship rules use.
 */
public record LevelDefinition(String code, String title, int rank, List<Criterion> criteria) {
}
