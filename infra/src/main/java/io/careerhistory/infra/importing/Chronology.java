package io.careerhistory.infra.importing;

import io.careerhistory.readiness.CareerFacts;

import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;

/**
 * One employee's roles by date while an import is checked: the hire and history in the files, over what the store
 * already holds for someone imported before. Says which role was held the day before a promotion.
 */
final class Chronology {

    record Role(String track, String level, LocalDate since) {
    }

    private final LocalDate hiredOn;
    private final CareerFacts recorded;
    private final TreeMap<LocalDate, Role> imported = new TreeMap<>();

    private Chronology(LocalDate hiredOn, CareerFacts recorded) {
        this.hiredOn = hiredOn;
        this.recorded = recorded;
    }

    static Chronology hiredInFile(String track, String level, LocalDate hiredOn) {
        Chronology chronology = new Chronology(hiredOn, null);
        chronology.held(track, level, hiredOn);
        return chronology;
    }

    static Chronology recorded(CareerFacts facts) {
        return new Chronology(facts.hiredOn(), facts);
    }

    LocalDate hiredOn() {
        return hiredOn;
    }

    void held(String track, String level, LocalDate since) {
        imported.put(since, new Role(track, level, since));
    }

    /** The role held the day before {@code on}; null before the hire. */
    Role heldBefore(LocalDate on) {
        Map.Entry<LocalDate, Role> fromFiles = imported.lowerEntry(on);
        Role fromStore = recorded == null ? null : recorded.roleOn(on.minusDays(1))
                                                           .map(r -> new Role(r.track(), r.level(), r.since())).orElse(null);
        if (fromFiles == null) {
            return fromStore;
        }
        return fromStore != null && fromStore.since().isAfter(fromFiles.getKey()) ? fromStore : fromFiles.getValue();
    }
}
