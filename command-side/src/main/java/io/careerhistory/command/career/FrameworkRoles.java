package io.careerhistory.command.career;

import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.command.standing.FrameworkInForce;
import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.events.framework.LevelDefinition;
import io.careerhistory.events.framework.TrackDefinition;
import io.careerhistory.readiness.FrameworkVersions;

import java.time.LocalDate;
import java.util.Comparator;

/** Roles checked against the career framework version in force on the day they take effect. */
final class FrameworkRoles {

    private FrameworkRoles() {
    }

    /** Refuses a track and level that the version in force on the date does not have. */
    static void requireRole(FrameworkInForce frameworks, String track, String level, LocalDate on) {
        FrameworkVersionPublishedEvent framework = inForce(frameworks, on);
        if (FrameworkVersions.level(framework, track, level).isEmpty()) {
            throw new BusinessRuleViolation(ErrorCode.NOT_IN_FRAMEWORK,
                                            "Framework version " + framework.version() + ", in force on " + on
                                                    + ", has no level " + level + " in track " + track);
        }
    }

    /**
     * As {@link #requireRole}, for history from before this system was in use: a date before the first framework version
     * is checked against the first version, the terms another system's levels are mapped to on import.
     */
    static void requireHistoricalRole(FrameworkInForce frameworks, String track, String level, LocalDate on) {
        FrameworkVersionPublishedEvent framework = frameworks.on(on).or(frameworks::first).orElseThrow(
                () -> new BusinessRuleViolation(ErrorCode.NOT_IN_FRAMEWORK, "No career framework version is published"));
        if (FrameworkVersions.level(framework, track, level).isEmpty()) {
            throw new BusinessRuleViolation(ErrorCode.NOT_IN_FRAMEWORK,
                                            "Framework version " + framework.version() + " has no level " + level
                                                    + " in track " + track);
        }
    }

    static void requireTrack(FrameworkInForce frameworks, String track, LocalDate on) {
        trackOf(inForce(frameworks, on), track, on);
    }

    /**
     * The level of {@code toTrack} that matches {@code level} of {@code fromTrack}: the same rank, else the highest rank
     * below it, else the track's lowest level. A data analyst at rank 3 becomes a product manager at rank 3.
     */
    static String levelAtSameRank(FrameworkInForce frameworks, String fromTrack, String level, String toTrack,
                                  LocalDate on) {
        FrameworkVersionPublishedEvent framework = inForce(frameworks, on);
        int rank = FrameworkVersions.level(framework, fromTrack, level).map(LevelDefinition::rank).orElse(Integer.MIN_VALUE);
        TrackDefinition target = trackOf(framework, toTrack, on);
        return target.levels().stream()
                     .filter(l -> l.rank() <= rank)
                     .max(Comparator.comparingInt(LevelDefinition::rank))
                     .orElse(target.levels().get(0))
                     .code();
    }

    private static TrackDefinition trackOf(FrameworkVersionPublishedEvent framework, String track, LocalDate on) {
        return FrameworkVersions.track(framework, track).orElseThrow(() -> new BusinessRuleViolation(
                ErrorCode.NOT_IN_FRAMEWORK, "Framework version " + framework.version() + ", in force on " + on
                                                    + ", has no track " + track));
    }

    private static FrameworkVersionPublishedEvent inForce(FrameworkInForce frameworks, LocalDate on) {
        return frameworks.on(on).orElseThrow(() -> new BusinessRuleViolation(
                ErrorCode.NOT_IN_FRAMEWORK, "No career framework version is in force on " + on));
    }
}
