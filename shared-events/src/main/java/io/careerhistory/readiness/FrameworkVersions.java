package io.careerhistory.readiness;

import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.events.framework.LevelDefinition;
import io.careerhistory.events.framework.TrackDefinition;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** The published framework versions, folded from their events: which one is in force on a date, and its levels. */
public final class FrameworkVersions {

    private final List<FrameworkVersionPublishedEvent> versions = new ArrayList<>();

    public static FrameworkVersions of(List<FrameworkVersionPublishedEvent> published) {
        FrameworkVersions versions = new FrameworkVersions();
        published.forEach(versions::add);
        return versions;
    }

    /** The versions among any event payloads, e.g. the framework aggregate's stream; others are ignored. */
    public static FrameworkVersions fromPayloads(List<?> payloads) {
        FrameworkVersions versions = new FrameworkVersions();
        payloads.stream()
                .filter(FrameworkVersionPublishedEvent.class::isInstance)
                .map(FrameworkVersionPublishedEvent.class::cast)
                .forEach(versions::add);
        return versions;
    }

    public void add(FrameworkVersionPublishedEvent published) {
        versions.removeIf(v -> v.version() == published.version()); // a redelivered event replaces itself
        versions.add(published);
        versions.sort(Comparator.comparingInt(FrameworkVersionPublishedEvent::version));
    }

    /** The latest version effective on or before the date; empty before the first one took effect. */
    public Optional<FrameworkVersionPublishedEvent> inForceOn(LocalDate date) {
        return versions.stream()
                       .filter(v -> !v.effectiveFrom().isAfter(date))
                       .max(Comparator.comparing(FrameworkVersionPublishedEvent::effectiveFrom));
    }

    public List<FrameworkVersionPublishedEvent> all() {
        return List.copyOf(versions);
    }

    /** The level with that code in that track of the version, if the version has it. */
    public static Optional<LevelDefinition> level(FrameworkVersionPublishedEvent version, String track, String code) {
        return track(version, track).flatMap(t -> t.levels().stream().filter(l -> l.code().equals(code)).findFirst());
    }

    /** The level right above the given one in its track; empty at the top or for an unknown level. */
    public static Optional<LevelDefinition> nextLevel(FrameworkVersionPublishedEvent version, String track, String code) {
        return track(version, track).flatMap(t -> {
            List<LevelDefinition> levels = t.levels();
            for (int i = 0; i < levels.size() - 1; i++) {
                if (levels.get(i).code().equals(code)) {
                    return Optional.of(levels.get(i + 1));
                }
            }
            return Optional.empty();
        });
    }

    public static Optional<TrackDefinition> track(FrameworkVersionPublishedEvent version, String track) {
        return version.tracks().stream().filter(t -> t.name().equals(track)).findFirst();
    }
}
