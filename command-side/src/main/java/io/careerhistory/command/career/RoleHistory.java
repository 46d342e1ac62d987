package io.careerhistory.command.career;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.ErrorCode;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The roles the employee held, by the date each began: from the hire, transfers and promotions recorded here, and the
 * history imported from before this system was in use, which may arrive after later facts. Says which role was held on
 * a date, and whether an imported fact is already in. Part of the {@link EmployeeCareer} aggregate and its snapshots.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
final class RoleHistory {

    record Role(String track, String level) {
    }

    private final TreeMap<LocalDate, Role> roles = new TreeMap<>();
    private final Set<String> imported = new HashSet<>();

    void held(LocalDate from, String track, String level) {
        roles.put(from, new Role(track, level));
    }

    void imported(String key, LocalDate from, String track, String level) {
        imported.add(key);
        held(from, track, level);
    }

    /** Whether a fact dated {@code on} is the latest change of role, so that it is the role held now. */
    boolean isLatest(LocalDate on) {
        return roles.isEmpty() || !on.isBefore(roles.lastKey());
    }

    /** The role held the day before {@code on}. */
    Role heldBefore(LocalDate on) {
        Map.Entry<LocalDate, Role> entry = roles.lowerEntry(on);
        return entry == null ? null : entry.getValue();
    }

    void requireNotImported(String key, String what) {
        if (imported.contains(key)) {
            throw new BusinessRuleViolation(ErrorCode.HISTORY_ALREADY_IMPORTED, what + " is already imported");
        }
    }
}
