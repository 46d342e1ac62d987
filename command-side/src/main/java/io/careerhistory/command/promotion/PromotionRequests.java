package io.careerhistory.command.promotion;

import io.careerhistory.command.api.HasHappened;
import io.careerhistory.command.career.Text;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.promotion.PromotionOutcome;
import io.careerhistory.events.promotion.ReviewRecommendation;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * The request bodies of {@link PromotionController}. Who nominates, reviews, decides and consents is never in the
 * body: it is the signed-in user, as the employee their login belongs to.
 */
final class PromotionRequests {

    private static final String EMPLOYEE_ID_MESSAGE = "must be an employee id";

    private PromotionRequests() {
    }

    record Nominate(@NotBlank @Pattern(regexp = EmployeeId.PATTERN, message = EMPLOYEE_ID_MESSAGE) String employeeId,
                    @NotBlank @Size(max = 32) String toLevel,
                    @Size(max = 2000) String exceptionReason,
                    @NotBlank @Size(max = 4000) String justification,
                    @NotNull @HasHappened LocalDate nominatedOn) {
        NominateForPromotionCommand toCommand(String caseId, EmployeeId nominatedBy) {
            return new NominateForPromotionCommand(caseId, EmployeeId.of(employeeId), toLevel.strip(),
                                                   Text.orNull(exceptionReason), nominatedBy, justification.strip(),
                                                   nominatedOn);
        }
    }

    record Committee(@NotEmpty @Size(max = 20)
                     List<@NotBlank @Pattern(regexp = EmployeeId.PATTERN, message = EMPLOYEE_ID_MESSAGE) String> members,
                     @NotBlank @Pattern(regexp = EmployeeId.PATTERN, message = EMPLOYEE_ID_MESSAGE) String chairId,
                     @NotNull @HasHappened LocalDate assignedOn) {
        AssignCommitteeCommand toCommand(String caseId) {
            return new AssignCommitteeCommand(caseId, members.stream().map(EmployeeId::of).toList(), EmployeeId.of(chairId),
                                              assignedOn);
        }
    }

    record Evidence(@NotNull @HasHappened LocalDate assessedOn) {
        AttachEvidenceCommand toCommand(String caseId) {
            return new AttachEvidenceCommand(caseId, assessedOn);
        }
    }

    record Review(@NotNull ReviewRecommendation recommendation,
                  @NotBlank @Size(max = 4000) String comments,
                  @NotNull @HasHappened LocalDate reviewedOn) {
        ReviewPromotionCommand toCommand(String caseId, EmployeeId reviewerId) {
            return new ReviewPromotionCommand(caseId, reviewerId, recommendation, comments.strip(), reviewedOn);
        }
    }

    record Decision(@NotNull PromotionOutcome outcome,
                    @NotBlank @Size(max = 4000) String rationale,
                    @NotNull @HasHappened LocalDate decidedOn) {
        DecidePromotionCommand toCommand(String caseId, EmployeeId decidedBy) {
            return new DecidePromotionCommand(caseId, decidedBy, outcome, rationale.strip(), decidedOn);
        }
    }

    record Consent(@NotNull @HasHappened LocalDate optedInOn) {
        OptInToAnnouncementCommand toCommand(String caseId, EmployeeId optedInBy) {
            return new OptInToAnnouncementCommand(caseId, optedInBy, optedInOn);
        }
    }

    record Announcement(@NotBlank @Size(max = 2000) String message, @NotNull @HasHappened LocalDate announcedOn) {
        AnnouncePromotionCommand toCommand(String caseId) {
            return new AnnouncePromotionCommand(caseId, message.strip(), announcedOn);
        }
    }
}
