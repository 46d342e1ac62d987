package io.careerhistory.readiness;

import io.careerhistory.events.framework.Criterion;
import io.careerhistory.events.framework.CriterionKind;
import io.careerhistory.events.framework.LevelDefinition;
import io.careerhistory.events.framework.TrackDefinition;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What makes a framework one the readiness rules can assess against and people can read: named tracks with levels,
 * unique codes of rising rank, each with a title, and criteria with a kind, a description, a minimum of 0 or more and,
 * for skills, the skills. Publishing a version and trying out a draft both ask it.
 */
public final class FrameworkShape {

    private FrameworkShape() {
    }

    /** The first thing wrong with these tracks, said for a person; empty when there is none. */
    public static Optional<String> problemIn(List<TrackDefinition> tracks) {
        Set<String> names = new HashSet<>();
        for (TrackDefinition track : tracks) {
            if (track == null || isBlank(track.name()) || !names.add(track.name()) || track.levels() == null
                    || track.levels().isEmpty()) {
                return Optional.of("track " + (track == null ? null : track.name())
                                           + " is unnamed, repeated or has no levels");
            }
            Optional<String> problem = problemIn(track);
            if (problem.isPresent()) {
                return problem;
            }
        }
        return Optional.empty();
    }

    private static Optional<String> problemIn(TrackDefinition track) {
        Set<String> codes = new HashSet<>();
        int previousRank = Integer.MIN_VALUE;
        for (LevelDefinition level : track.levels()) {
            if (level == null || isBlank(level.code()) || level.criteria() == null
                    || level.criteria().stream().anyMatch(c -> c == null || c.kind() == null || c.skills() == null)) {
                return Optional.of("in track " + track.name() + ", a level lacks its code, criteria, or a criterion's "
                                           + "kind or skills (use [] for none)");
            }
            if (!codes.add(level.code()) || level.rank() <= previousRank) {
                return Optional.of("in track " + track.name() + ", level " + level.code()
                                           + " repeats a code or does not rank above the level before it");
            }
            if (isBlank(level.title())) {
                return Optional.of("in track " + track.name() + ", level " + level.code() + " has no title");
            }
            for (Criterion criterion : level.criteria()) {
                Optional<String> problem = problemIn(track.name() + " " + level.code(), criterion);
                if (problem.isPresent()) {
                    return problem;
                }
            }
            previousRank = level.rank();
        }
        return Optional.empty();
    }

    /** A criterion nobody could meet, or read. */
    private static Optional<String> problemIn(String level, Criterion criterion) {
        if (criterion.minimum() < 0) {
            return Optional.of("in level " + level + ", the " + criterion.kind() + " minimum is " + criterion.minimum()
                                       + "; a count is 0 or more");
        }
        if (isBlank(criterion.description())) {
            return Optional.of("in level " + level + ", the " + criterion.kind() + " criterion has no description");
        }
        if (criterion.kind() == CriterionKind.SKILLS
                && (criterion.skills().isEmpty() || criterion.skills().stream().anyMatch(FrameworkShape::isBlank))) {
            return Optional.of("in level " + level + ", the SKILLS criterion must name its skills, none of them blank");
        }
        return Optional.empty();
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
