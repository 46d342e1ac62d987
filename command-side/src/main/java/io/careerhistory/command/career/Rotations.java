package io.careerhistory.command.career;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.events.EmployeeId;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/**
 * The employee's job rotations and the step each is at: proposed, approved by the host team, started, then completed or
 * cancelled. At most one is open at a time. Part of the {@link EmployeeCareer} aggregate and its snapshots.
 */
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
final class Rotations {

    enum Step { PROPOSED, APPROVED, STARTED, CLOSED }

    record Rotation(Step step, String hostTeam, String hostTrack, LocalDate plannedEnd, EmployeeId approvedBy) {
        Rotation at(Step next) {
            return new Rotation(next, hostTeam, hostTrack, plannedEnd, approvedBy);
        }
    }

    private final Map<String, Rotation> rotations = new HashMap<>();

    void requireNoneOpen() {
        rotations.entrySet().stream().filter(r -> r.getValue().step() != Step.CLOSED).findFirst().ifPresent(open -> {
            throw new BusinessRuleViolation(ErrorCode.ROTATION_ALREADY_ACTIVE, "Rotation " + open.getKey()
                    + " is still open; it must end before another is proposed");
        });
    }

    /** The rotation, which must be at {@code step}. */
    Rotation requireAt(String rotationId, Step step) {
        Rotation rotation = existing(rotationId);
        if (rotation.step() != step) {
            throw new BusinessRuleViolation(ErrorCode.ROTATION_WRONG_STEP, "Rotation " + rotationId + " is "
                    + rotation.step().name().toLowerCase() + ", not " + step.name().toLowerCase());
        }
        return rotation;
    }

    Rotation requireOpen(String rotationId) {
        Rotation rotation = existing(rotationId);
        if (rotation.step() == Step.CLOSED) {
            throw new BusinessRuleViolation(ErrorCode.ROTATION_WRONG_STEP, "Rotation " + rotationId + " has already ended");
        }
        return rotation;
    }

    private Rotation existing(String rotationId) {
        Rotation rotation = rotations.get(rotationId);
        if (rotation == null) {
            throw new BusinessRuleViolation(ErrorCode.ROTATION_NOT_FOUND, "No rotation " + rotationId);
        }
        return rotation;
    }

    void proposed(String rotationId, String hostTeam, String hostTrack, LocalDate plannedEnd) {
        rotations.put(rotationId, new Rotation(Step.PROPOSED, hostTeam, hostTrack, plannedEnd, null));
    }

    void approved(String rotationId, EmployeeId approvedBy) {
        Rotation rotation = rotations.get(rotationId);
        rotations.put(rotationId, new Rotation(Step.APPROVED, rotation.hostTeam(), rotation.hostTrack(),
                                               rotation.plannedEnd(), approvedBy));
    }

    void started(String rotationId) {
        rotations.computeIfPresent(rotationId, (id, rotation) -> rotation.at(Step.STARTED));
    }

    void extended(String rotationId, LocalDate newPlannedEnd) {
        rotations.computeIfPresent(rotationId, (id, r) -> new Rotation(r.step(), r.hostTeam(), r.hostTrack(),
                                                                        newPlannedEnd, r.approvedBy()));
    }

    void closed(String rotationId) {
        rotations.computeIfPresent(rotationId, (id, rotation) -> rotation.at(Step.CLOSED));
    }
}
