package io.careerhistory.command.standing;

import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;

import java.time.LocalDate;
import java.util.Optional;

/** The career framework version in force on a date, for rules of other aggregates (the next level of a track). */
public interface FrameworkInForce {

    /** The latest version effective on or before the date; empty before the first one. */
    Optional<FrameworkVersionPublishedEvent> on(LocalDate date);

    /** The first version published: the terms in which history from before any version is read. */
    Optional<FrameworkVersionPublishedEvent> first();

    /** A store with one version: in force from its date on (a fixed framework, for tests and tools). */
    static FrameworkInForce only(FrameworkVersionPublishedEvent version) {
        return new FrameworkInForce() {
            @Override
            public Optional<FrameworkVersionPublishedEvent> on(LocalDate date) {
                return date.isBefore(version.effectiveFrom()) ? Optional.empty() : Optional.of(version);
            }

            @Override
            public Optional<FrameworkVersionPublishedEvent> first() {
                return Optional.of(version);
            }
        };
    }
}
