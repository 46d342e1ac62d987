package io.careerhistory.command.promotion;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.command.standing.EmployeeStandings;
import io.careerhistory.command.standing.FrameworkInForce;
import io.careerhistory.command.standing.Standing;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.framework.CriterionKind;
import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.events.framework.LevelDefinition;
import io.careerhistory.events.promotion.PromotionAnnouncedEvent;
import io.careerhistory.events.promotion.PromotionAnnouncementOptedInEvent;
import io.careerhistory.events.promotion.PromotionCommitteeAssignedEvent;
import io.careerhistory.events.promotion.PromotionDecidedEvent;
import io.careerhistory.events.promotion.PromotionEvidenceAttachedEvent;
import io.careerhistory.events.promotion.PromotionNominatedEvent;
import io.careerhistory.events.promotion.PromotionOutcome;
import io.careerhistory.events.promotion.PromotionReviewedEvent;
import io.careerhistory.readiness.FrameworkVersions;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/**
 * One promotion case: nominated, a committee assigned, evidence attached, reviewed by each member, decided by the
 * chair, and (with the employee's consent) announced. Four eyes: neither the nominee nor the nominator sits on the
 * committee, so the deciding chair is neither; a decision needs the reviews the framework asks for.
 * <p>
 * Rules across aggregates: "one open case per employee" is a claim in {@link OpenPromotionCases} taken by
 * {@link OnePromotionCaseAtATime} and released here once the decision is committed; the nominee's level and the next
 * level of their track are read as committed from the event store ({@link EmployeeStandings}, {@link FrameworkInForce}).
 */
@Aggregate
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
public class PromotionCase {

    enum Step { NOMINATED, COMMITTEE_ASSIGNED, DECIDED }

    @AggregateIdentifier
    private String caseId;
    private EmployeeId employeeId;
    private EmployeeId nominatedBy;
    private String track;
    private String fromLevel;
    private String toLevel;
    private int reviewsRequired;
    private Step step;
    private final Set<EmployeeId> members = new HashSet<>();
    private EmployeeId chairId;
    private boolean evidenceAttached;
    private final Set<EmployeeId> reviewers = new HashSet<>();
    private PromotionOutcome outcome;
    private boolean optedIn;
    private boolean announced;

    protected PromotionCase() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public void handle(NominateForPromotionCommand command, EmployeeStandings standings, FrameworkInForce frameworks) {
        if (command.employeeId().equals(command.nominatedBy())) {
            throw new BusinessRuleViolation(ErrorCode.SELF_NOMINATION, "Nobody nominates themselves for promotion");
        }
        standings.employedOn(command.nominatedBy(), command.nominatedOn());
        Standing nominee = standings.employedOn(command.employeeId(), command.nominatedOn());
        FrameworkVersionPublishedEvent framework = frameworks.on(command.nominatedOn()).orElseThrow(
                () -> invalidLevel("no career framework is in force on " + command.nominatedOn()));
        LevelDefinition target = targetLevel(framework, nominee, command);
        int required = target.criteria().stream()
                             .filter(c -> c.kind() == CriterionKind.PROMOTION_REVIEWS)
                             .mapToInt(c -> c.minimum())
                             .max().orElse(1);
        apply(new PromotionNominatedEvent(command.caseId(), command.employeeId(), nominee.track(), nominee.level(),
                                          target.code(), command.exceptionReason(), framework.version(),
                                          Math.max(1, required), command.nominatedBy(), command.justification(),
                                          command.nominatedOn()));
    }

    /** The next level of the nominee's track; with a documented exception, any level of the track above theirs. */
    private static LevelDefinition targetLevel(FrameworkVersionPublishedEvent framework, Standing nominee,
                                               NominateForPromotionCommand command) {
        LevelDefinition current = FrameworkVersions.level(framework, nominee.track(), nominee.level()).orElseThrow(
                () -> invalidLevel("level " + nominee.level() + " of " + nominee.track() + " is not in framework version "
                                           + framework.version()));
        LevelDefinition target = FrameworkVersions.level(framework, nominee.track(), command.toLevel()).orElseThrow(
                () -> invalidLevel("track " + nominee.track() + " has no level " + command.toLevel()));
        if (command.exceptionReason() == null) {
            String next = FrameworkVersions.nextLevel(framework, nominee.track(), nominee.level())
                                           .map(LevelDefinition::code).orElse(null);
            if (!target.code().equals(next)) {
                throw invalidLevel(next == null
                                           ? nominee.level() + " is the top of " + nominee.track()
                                           : "the next level after " + nominee.level() + " is " + next + ", not "
                                                   + command.toLevel() + " (an exception needs a documented reason)");
            }
        } else if (target.rank() <= current.rank()) {
            throw invalidLevel(command.toLevel() + " is not above " + nominee.level());
        }
        return target;
    }

    private static BusinessRuleViolation invalidLevel(String why) {
        return new BusinessRuleViolation(ErrorCode.PROMOTION_LEVEL_INVALID, "Cannot nominate: " + why);
    }

    @CommandHandler
    public void handle(AssignCommitteeCommand command, EmployeeStandings standings) {
        requireAt(Step.NOMINATED, "assign a committee");
        Set<EmployeeId> distinct = new LinkedHashSet<>(command.members());
        if (distinct.contains(employeeId) || distinct.contains(nominatedBy)) {
            throw new BusinessRuleViolation(ErrorCode.COMMITTEE_CONFLICT_OF_INTEREST,
                                            "Neither the nominee nor the nominator may sit on the committee");
        }
        if (distinct.size() < reviewsRequired) {
            throw new BusinessRuleViolation(ErrorCode.COMMITTEE_TOO_SMALL,
                                            "The framework asks for " + reviewsRequired + " reviews, so at least "
                                                    + reviewsRequired + " members; " + distinct.size() + " named");
        }
        if (!distinct.contains(command.chairId())) {
            throw new BusinessRuleViolation(ErrorCode.CHAIR_NOT_ON_COMMITTEE,
                                            "The chair " + command.chairId() + " is not one of the members");
        }
        distinct.forEach(member -> standings.employedOn(member, command.assignedOn()));
        apply(new PromotionCommitteeAssignedEvent(caseId, employeeId, List.copyOf(distinct), command.chairId(),
                                                  command.assignedOn()));
    }

    @CommandHandler
    public void handle(AttachEvidenceCommand command, PromotionEvidence evidence) {
        if (step == Step.DECIDED) {
            throw wrongStep("attach evidence to", "decided");
        }
        if (evidenceAttached) {
            throw new BusinessRuleViolation(ErrorCode.EVIDENCE_ALREADY_ATTACHED,
                                            "Case " + caseId + " already has its evidence; every review sees the same");
        }
        PromotionEvidence.Evidence compiled = evidence.compile(employeeId, command.assessedOn());
        apply(new PromotionEvidenceAttachedEvent(caseId, employeeId, compiled.position(), compiled.rulesVersion(),
                                                 compiled.frameworkVersion(), compiled.readinessStatus(), compiled.json(),
                                                 compiled.sha256(), command.assessedOn()));
    }

    @CommandHandler
    public void handle(ReviewPromotionCommand command) {
        requireAt(Step.COMMITTEE_ASSIGNED, "review");
        if (!evidenceAttached) {
            throw wrongStep("review", "without evidence yet");
        }
        if (!members.contains(command.reviewerId())) {
            throw new BusinessRuleViolation(ErrorCode.NOT_ON_COMMITTEE,
                                            command.reviewerId() + " is not on the committee of case " + caseId);
        }
        if (reviewers.contains(command.reviewerId())) {
            throw new BusinessRuleViolation(ErrorCode.ALREADY_REVIEWED,
                                            command.reviewerId() + " has already reviewed case " + caseId);
        }
        apply(new PromotionReviewedEvent(caseId, employeeId, command.reviewerId(), command.recommendation(),
                                         command.comments(), command.reviewedOn()));
    }

    @CommandHandler
    public void handle(DecidePromotionCommand command, OpenPromotionCases openCases) {
        requireAt(Step.COMMITTEE_ASSIGNED, "decide");
        if (!command.decidedBy().equals(chairId)) {
            throw new BusinessRuleViolation(ErrorCode.NOT_CHAIR, "Only the chair, " + chairId + ", decides case " + caseId);
        }
        if (reviewers.size() < reviewsRequired) {
            throw new BusinessRuleViolation(ErrorCode.REVIEWS_MISSING,
                                            "Case " + caseId + " has " + reviewers.size() + " of the " + reviewsRequired
                                                    + " reviews the framework requires");
        }
        apply(new PromotionDecidedEvent(caseId, employeeId, command.decidedBy(), command.outcome(), command.rationale(),
                                        track, fromLevel, toLevel, command.decidedOn()));
        // Only once the decision is stored may a new case open; a crash in between is healed by the registry.
        CurrentUnitOfWork.get().afterCommit(committed -> openCases.release(employeeId, caseId));
    }

    @CommandHandler
    public void handle(OptInToAnnouncementCommand command) {
        if (!employeeId.equals(command.optedInBy())) {
            throw new BusinessRuleViolation(ErrorCode.CONSENT_NOT_BY_EMPLOYEE,
                                            "Only " + employeeId + " may consent to their promotion being announced");
        }
        if (optedIn) {
            return; // consent once given stays given; saying it again records nothing
        }
        apply(new PromotionAnnouncementOptedInEvent(caseId, employeeId, command.optedInOn()));
    }

    @CommandHandler
    public void handle(AnnouncePromotionCommand command) {
        if (outcome != PromotionOutcome.APPROVED || announced) {
            throw wrongStep("announce", announced ? "already announced" : "not approved");
        }
        if (!optedIn) {
            throw new BusinessRuleViolation(ErrorCode.ANNOUNCEMENT_NOT_CONSENTED,
                                            "Employee " + employeeId + " has not opted in to a public announcement");
        }
        apply(new PromotionAnnouncedEvent(caseId, employeeId, command.message(), command.announcedOn()));
    }

    private void requireAt(Step needed, String what) {
        if (step != needed) {
            throw wrongStep(what, step.name().toLowerCase().replace('_', ' '));
        }
    }

    private BusinessRuleViolation wrongStep(String what, String state) {
        return new BusinessRuleViolation(ErrorCode.PROMOTION_WRONG_STEP,
                                         "Cannot " + what + " case " + caseId + ": it is " + state);
    }

    @EventSourcingHandler
    void on(PromotionNominatedEvent event) {
        caseId = event.caseId();
        employeeId = event.employeeId();
        nominatedBy = event.nominatedBy();
        track = event.track();
        fromLevel = event.fromLevel();
        toLevel = event.toLevel();
        reviewsRequired = event.reviewsRequired();
        step = Step.NOMINATED;
    }

    @EventSourcingHandler
    void on(PromotionCommitteeAssignedEvent event) {
        members.addAll(event.members());
        chairId = event.chairId();
        step = Step.COMMITTEE_ASSIGNED;
    }

    @EventSourcingHandler
    void on(PromotionEvidenceAttachedEvent event) {
        evidenceAttached = true;
    }

    @EventSourcingHandler
    void on(PromotionReviewedEvent event) {
        reviewers.add(event.reviewerId());
    }

    @EventSourcingHandler
    void on(PromotionDecidedEvent event) {
        outcome = event.outcome();
        step = Step.DECIDED;
    }

    @EventSourcingHandler
    void on(PromotionAnnouncementOptedInEvent event) {
        optedIn = true;
    }

    @EventSourcingHandler
    void on(PromotionAnnouncedEvent event) {
        announced = true;
    }
}
