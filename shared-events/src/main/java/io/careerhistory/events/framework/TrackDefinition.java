package io.careerhistory.events.framework;

import java.util.List;

/** A career track and its levels, from the lowest rank up. */
public record TrackDefinition(String name, List<LevelDefinition> levels) {
}
