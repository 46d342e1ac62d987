package io.careerhistory.command.career;

import io.careerhistory.command.api.HasHappened;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.RotationOutcome;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;

/** The request bodies of {@link RotationController}. */
final class RotationRequests {

    private RotationRequests() {
    }

    record Propose(@NotBlank @Size(max = 128) String hostTeam,
                   @NotBlank @Size(max = 64) String hostTrack,
                   @NotNull LocalDate plannedStart,
                   @NotNull LocalDate plannedEnd,
                   @NotNull @HasHappened LocalDate proposedOn) {
        ProposeRotationCommand toCommand(EmployeeId employeeId, String rotationId) {
            return new ProposeRotationCommand(employeeId, rotationId, hostTeam.strip(), hostTrack.strip(), plannedStart,
                                              plannedEnd, proposedOn);
        }
    }

    /** The host team's lead approves as the signed-in user. */
    record Approve(@NotNull @HasHappened LocalDate approvedOn) {
        ApproveRotationCommand toCommand(EmployeeId employeeId, String rotationId, EmployeeId approvedBy) {
            return new ApproveRotationCommand(employeeId, rotationId, approvedBy, approvedOn);
        }
    }

    record Start(@NotNull @HasHappened LocalDate startedOn) {
        StartRotationCommand toCommand(EmployeeId employeeId, String rotationId) {
            return new StartRotationCommand(employeeId, rotationId, startedOn);
        }
    }

    record Extend(@NotNull LocalDate newPlannedEnd, @NotNull @HasHappened LocalDate extendedOn) {
        ExtendRotationCommand toCommand(EmployeeId employeeId, String rotationId) {
            return new ExtendRotationCommand(employeeId, rotationId, newPlannedEnd, extendedOn);
        }
    }

    record Complete(@NotNull RotationOutcome outcome, @NotNull @HasHappened LocalDate completedOn) {
        CompleteRotationCommand toCommand(EmployeeId employeeId, String rotationId) {
            return new CompleteRotationCommand(employeeId, rotationId, outcome, completedOn);
        }
    }

    record Cancel(@NotBlank @Size(max = 1000) String reason, @NotNull @HasHappened LocalDate cancelledOn) {
        CancelRotationCommand toCommand(EmployeeId employeeId, String rotationId) {
            return new CancelRotationCommand(employeeId, rotationId, reason.strip(), cancelledOn);
        }
    }
}
