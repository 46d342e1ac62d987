package io.careerhistory.command.standing;

import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;

import java.time.LocalDate;
import java.util.Optional;

/** The career framework version in force on a date, for rules of other aggregates (the next level of a track). */
public interface FrameworkInForce {

    /** The latest version effective on or before the date; empty before the first one. */
    Optional<FrameworkVersionPublishedEvent> on(LocalDate date);
}
