package io.careerhistory.command.career;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import io.careerhistory.command.api.Acting;
import io.careerhistory.command.api.BusinessRuleViolation;
import io.careerhistory.command.api.CommandSender;
import io.careerhistory.command.api.ErrorCode;
import io.careerhistory.command.standing.EmployeeStandings;
import io.careerhistory.command.standing.FrameworkInForce;
import io.careerhistory.command.standing.Standing;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseCompletionRetractedEvent;
import io.careerhistory.events.career.DevelopmentGoalAchievedEvent;
import io.careerhistory.events.career.DevelopmentGoalAgreedEvent;
import io.careerhistory.events.career.DevelopmentGoalDroppedEvent;
import io.careerhistory.events.career.DevelopmentGoalProgressNotedEvent;
import io.careerhistory.events.career.DevelopmentGoalProposedEvent;
import io.careerhistory.events.career.EmployeeDepartedEvent;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.EmployeePromotedEvent;
import io.careerhistory.events.career.EmployeeTransferredEvent;
import io.careerhistory.events.career.FeedbackDirection;
import io.careerhistory.events.career.FeedbackReceivedEvent;
import io.careerhistory.events.career.HackWeekProjectRecordedEvent;
import io.careerhistory.events.career.LearningPodJoinedEvent;
import io.careerhistory.events.career.LearningPodLeftEvent;
import io.careerhistory.events.career.LevelHistoryImportedEvent;
import io.careerhistory.events.career.MentoringGivenEvent;
import io.careerhistory.events.career.PassionProjectShippedEvent;
import io.careerhistory.events.career.PassionProjectStartedEvent;
import io.careerhistory.events.career.PassionProjectStoppedEvent;
import io.careerhistory.events.career.PersonalDataErasedEvent;
import io.careerhistory.events.career.PlanParty;
import io.careerhistory.events.career.PromotionHistoryImportedEvent;
import io.careerhistory.events.career.RetroTakeawayRecordedEvent;
import io.careerhistory.events.career.ReviewCompletedEvent;
import io.careerhistory.events.career.RotationApprovedEvent;
import io.careerhistory.events.career.RotationCancelledEvent;
import io.careerhistory.events.career.RotationCompletedEvent;
import io.careerhistory.events.career.RotationExtendedEvent;
import io.careerhistory.events.career.RotationOutcome;
import io.careerhistory.events.career.RotationProposedEvent;
import io.careerhistory.events.career.RotationStartedEvent;
import io.careerhistory.events.career.TechTalkGivenEvent;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.messaging.annotation.MetaDataValue;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.serialization.Revision;
import org.axonframework.spring.stereotype.Aggregate;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

/** One employee's career: the consistency boundary for everything recorded about them. */
@Aggregate(snapshotTriggerDefinition = "employeeCareerSnapshotTrigger", snapshotFilter = "employeeCareerSnapshotFilter")
// The snapshot's shape: raise it when the fields change, and older snapshots are ignored (the events are replayed).
@Revision(EmployeeCareer.SNAPSHOT_REVISION)
// Snapshots are Jackson JSON: the state lives in fields, without getters.
@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE)
public class EmployeeCareer {

    public static final String SNAPSHOT_REVISION = "6";

    @AggregateIdentifier
    private EmployeeId employeeId;
    private LocalDate hiredOn;
    private Placement placement;
    private LocalDate departedOn;
    private boolean erased;
    private final Map<String, Completion> completionsById = new HashMap<>();
    private final Set<String> sourceRefs = new HashSet<>();
    private final KnowledgeSharing sharing = new KnowledgeSharing();
    private final DevelopmentPlan plan = new DevelopmentPlan();
    private final Set<String> reviewedPeriods = new HashSet<>();
    private final Rotations rotations = new Rotations();
    private final Set<String> creditedMentorships = new HashSet<>();
    private final Set<String> appliedPromotionCases = new HashSet<>();
    private final RoleHistory roles = new RoleHistory();

    protected EmployeeCareer() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public void handle(HireEmployeeCommand command, FrameworkInForce frameworks, EmployeeStandings standings) {
        FrameworkRoles.requireRole(frameworks, command.track(), command.level(), command.hiredOn());
        requireNotOwnManager(command.employeeId(), command.managerId());
        requireManagerEmployed(standings, command.managerId(), command.hiredOn());
        hire(command);
    }

    /** A hire from before this system was in use: the same fact, its role read in the first framework's terms if older. */
    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.ALWAYS)
    public void handle(ImportEmployeeCommand command, FrameworkInForce frameworks) {
        FrameworkRoles.requireHistoricalRole(frameworks, command.track(), command.level(), command.hiredOn());
        requireNotOwnManager(command.employeeId(), command.managerId());
        hire(command.asHire());
    }

    private void hire(HireEmployeeCommand command) {
        apply(new EmployeeHiredEvent(command.employeeId(), command.name(), command.email(), command.loginName(),
                                     command.track(), command.level(), command.team(), command.tribe(),
                                     command.managerId(), command.selfIdentifiedGroup(), command.hiredOn()));
    }

    /** History from before this system was in use: recorded as imported, never as a transfer or a decision here. */
    @CommandHandler
    public void handle(ImportLevelHistoryCommand command, FrameworkInForce frameworks) {
        requireActiveOn(command.heldFrom(), "A past level");
        roles.requireNotImported(levelKey(command.track(), command.level(), command.heldFrom()),
                                 "The level " + command.track() + " " + command.level() + " from " + command.heldFrom());
        FrameworkRoles.requireHistoricalRole(frameworks, command.track(), command.level(), command.heldFrom());
        apply(new LevelHistoryImportedEvent(employeeId, command.track(), command.level(), command.heldFrom(),
                                            command.source(), roles.isLatest(command.heldFrom())));
    }

    @CommandHandler
    public void handle(ImportPromotionHistoryCommand command, FrameworkInForce frameworks) {
        requireActiveOn(command.promotedOn(), "A past promotion");
        roles.requireNotImported(promotionKey(command.track(), command.toLevel(), command.promotedOn()),
                                 "The promotion to " + command.track() + " " + command.toLevel() + " on "
                                         + command.promotedOn());
        FrameworkRoles.requireHistoricalRole(frameworks, command.track(), command.toLevel(), command.promotedOn());
        RoleHistory.Role before = roles.heldBefore(command.promotedOn());
        if (before == null || !before.track().equals(command.track()) || !before.level().equals(command.fromLevel())) {
            throw new BusinessRuleViolation(ErrorCode.IMPORTED_HISTORY_INCONSISTENT,
                                            "A promotion from " + command.track() + " " + command.fromLevel() + " on "
                                                    + command.promotedOn() + ", but the role held then was "
                                                    + (before == null ? "none" : before.track() + " " + before.level()));
        }
        apply(new PromotionHistoryImportedEvent(employeeId, command.track(), command.fromLevel(), command.toLevel(),
                                                command.promotedOn(), command.source(),
                                                roles.isLatest(command.promotedOn())));
    }

    private static String levelKey(String track, String level, LocalDate from) {
        return "level:" + track + ":" + level + ":" + from;
    }

    private static String promotionKey(String track, String level, LocalDate on) {
        return "promotion:" + track + ":" + level + ":" + on;
    }

    @CommandHandler
    public void handle(RecordCourseCompletionCommand command, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requireEmployed();
        Acting.of(actorEmployee, actorRoles).requireRecorderOfCompletions(employeeId, placement.managerId(),
                                                                          "record a completion");
        // The source's own id first: a repeat of the same reported fact says so, whatever else it matches.
        if (command.sourceRef() != null && sourceRefs.contains(command.sourceRef())) {
            throw new BusinessRuleViolation(ErrorCode.SOURCE_REFERENCE_ALREADY_RECORDED,
                                            "A completion with source reference " + command.sourceRef()
                                                    + " is already recorded");
        }
        if (completionsById.values().stream().anyMatch(c -> c.counts(command.courseId(), command.completedOn()))) {
            throw new BusinessRuleViolation(ErrorCode.COMPLETION_ALREADY_RECORDED,
                                            "Course " + command.courseId() + " is already recorded as completed on "
                                                    + command.completedOn());
        }
        apply(new CourseCompletedEvent(employeeId, command.completionId(), command.courseId(), command.title(),
                                       command.provider(), command.skills(), command.hours(), command.completedOn(),
                                       command.sourceRef()));
    }

    @CommandHandler
    public void handle(RetractCourseCompletionCommand command, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requireEmployed();
        Acting.of(actorEmployee, actorRoles).requireRecorderOfCompletions(employeeId, placement.managerId(),
                                                                          "retract a completion");
        Completion completion = completionsById.get(command.completionId());
        if (completion == null) {
            throw new BusinessRuleViolation(ErrorCode.COMPLETION_NOT_FOUND,
                                            "Employee " + employeeId + " has no completion " + command.completionId());
        }
        if (completion.retracted()) {
            throw new BusinessRuleViolation(ErrorCode.COMPLETION_ALREADY_RETRACTED,
                                            "Completion " + command.completionId() + " is already retracted");
        }
        apply(new CourseCompletionRetractedEvent(employeeId, command.completionId(), command.reason(),
                                                 command.retractedOn()));
    }

    @CommandHandler
    public void handle(TransferEmployeeCommand command, FrameworkInForce frameworks, EmployeeStandings standings) {
        requireActiveOn(command.effectiveOn(), "A transfer");
        requireNotOwnManager(employeeId, command.managerId());
        requireManagerEmployed(standings, command.managerId(), command.effectiveOn());
        Placement next = placement.with(command.team(), command.tribe(), command.managerId(), command.track(),
                                        command.level());
        if (next.equals(placement)) {
            throw new BusinessRuleViolation(ErrorCode.TRANSFER_CHANGES_NOTHING,
                                            "The transfer names the team, tribe, manager, track and level the employee already has");
        }
        if (command.track() != null || command.level() != null) {
            FrameworkRoles.requireRole(frameworks, next.track(), next.level(), command.effectiveOn());
        }
        apply(new EmployeeTransferredEvent(employeeId, next.team(), next.tribe(), next.managerId(), next.track(),
                                           next.level(), command.effectiveOn()));
    }

    /**
     * Erasure is recorded once; asking again records nothing, so a retry after a failure part-way is safe. It applies
     * to people who left too: they are the ones who most often ask.
     */
    @CommandHandler
    public void handle(ErasePersonalDataCommand command) {
        if (!erased) {
            apply(new PersonalDataErasedEvent(employeeId, command.erasedOn()));
        }
    }

    @CommandHandler
    public void handle(RecordDepartureCommand command) {
        requireActiveOn(command.departedOn(), "A departure");
        apply(new EmployeeDepartedEvent(employeeId, command.departedOn(), command.reason()));
    }

    @CommandHandler
    public void handle(RecordTechTalkCommand command, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requireActiveOn(command.givenOn(), "A talk");
        Acting.of(actorEmployee, actorRoles).requireSelfManagerOrTalentPartner(employeeId, placement.managerId(),
                                                                               "a talk");
        sharing.requireNewTalk(command.title(), command.givenOn());
        apply(new TechTalkGivenEvent(employeeId, command.talkId(), command.title(), command.venue(), command.skills(),
                                     command.givenOn()));
    }

    @CommandHandler
    public void handle(JoinLearningPodCommand command, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requireActiveOn(command.joinedOn(), "Joining a pod");
        Acting.of(actorEmployee, actorRoles).requireSelfManagerOrTalentPartner(employeeId, placement.managerId(),
                                                                               "joining a pod");
        sharing.requireNotInPod(command.podId());
        apply(new LearningPodJoinedEvent(employeeId, command.podId(), command.podName(), command.topic(),
                                         command.joinedOn()));
    }

    @CommandHandler
    public void handle(LeaveLearningPodCommand command, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requireActiveOn(command.leftOn(), "Leaving a pod");
        Acting.of(actorEmployee, actorRoles).requireSelfManagerOrTalentPartner(employeeId, placement.managerId(),
                                                                               "leaving a pod");
        sharing.requireInPod(command.podId());
        apply(new LearningPodLeftEvent(employeeId, command.podId(), command.leftOn()));
    }

    @CommandHandler
    public void handle(RecordHackWeekProjectCommand command, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requireActiveOn(command.endedOn(), "A hack-week project");
        Acting.of(actorEmployee, actorRoles).requireSelfManagerOrTalentPartner(employeeId, placement.managerId(),
                                                                               "a hack-week project");
        sharing.requireNewHackWeekProject(command.hackWeek(), command.title());
        apply(new HackWeekProjectRecordedEvent(employeeId, command.projectId(), command.hackWeek(), command.title(),
                                               command.outcome(), command.skills(), command.endedOn()));
    }

    @CommandHandler
    public void handle(StartPassionProjectCommand command, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requireActiveOn(command.startedOn(), "A passion project");
        Acting.of(actorEmployee, actorRoles).requireSelfManagerOrTalentPartner(employeeId, placement.managerId(),
                                                                               "a passion project");
        apply(new PassionProjectStartedEvent(employeeId, command.projectId(), command.title(), command.skills(),
                                             command.startedOn()));
    }

    @CommandHandler
    public void handle(ShipPassionProjectCommand command, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requireActiveOn(command.shippedOn(), "Shipping a passion project");
        Acting.of(actorEmployee, actorRoles).requireSelfManagerOrTalentPartner(employeeId, placement.managerId(),
                                                                               "a passion project shipped");
        sharing.requireRunningPassionProject(command.projectId());
        apply(new PassionProjectShippedEvent(employeeId, command.projectId(), command.outcome(), command.shippedOn()));
    }

    @CommandHandler
    public void handle(StopPassionProjectCommand command, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requireActiveOn(command.stoppedOn(), "Stopping a passion project");
        Acting.of(actorEmployee, actorRoles).requireSelfManagerOrTalentPartner(employeeId, placement.managerId(),
                                                                               "a passion project stopped");
        sharing.requireRunningPassionProject(command.projectId());
        apply(new PassionProjectStoppedEvent(employeeId, command.projectId(), command.reason(), command.stoppedOn()));
    }

    @CommandHandler
    public void handle(ProposeDevelopmentGoalCommand command, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requireActiveOn(command.proposedOn(), "A development goal");
        PlanParty proposedBy = partyOf(command.proposedBy(), Acting.of(actorEmployee, actorRoles));
        if (command.targetDate().isBefore(command.proposedOn())) {
            throw new BusinessRuleViolation(ErrorCode.TARGET_DATE_BEFORE_PROPOSAL,
                                            "The target date " + command.targetDate() + " is before the proposal on "
                                                    + command.proposedOn());
        }
        apply(new DevelopmentGoalProposedEvent(employeeId, command.goalId(), command.title(), command.category(),
                                               command.targetDate(), proposedBy, command.proposedOn()));
    }

    /** The side a person takes in the plan: as signed in, or as the system says for them (demo data, imports). */
    private PlanParty partyOf(PlanParty given, Acting acting) {
        return acting.isSystem() && given != null ? given : acting.party(employeeId, placement.managerId());
    }

    @CommandHandler
    public void handle(AgreeDevelopmentGoalCommand command, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requireActiveOn(command.agreedOn(), "Agreeing to a goal");
        PlanParty agreedBy = partyOf(command.agreedBy(), Acting.of(actorEmployee, actorRoles));
        plan.requireAgreeableBy(command.goalId(), agreedBy);
        apply(new DevelopmentGoalAgreedEvent(employeeId, command.goalId(), agreedBy, command.agreedOn()));
    }

    @CommandHandler
    public void handle(NoteGoalProgressCommand command, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requirePlanParty(Acting.of(actorEmployee, actorRoles));
        requireActiveOn(command.notedOn(), "Progress on a goal");
        plan.requireAgreedAndOpen(command.goalId());
        apply(new DevelopmentGoalProgressNotedEvent(employeeId, command.goalId(), command.note(), command.notedOn()));
    }

    @CommandHandler
    public void handle(AchieveDevelopmentGoalCommand command, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requirePlanParty(Acting.of(actorEmployee, actorRoles));
        requireActiveOn(command.achievedOn(), "Achieving a goal");
        plan.requireAgreedAndOpen(command.goalId());
        apply(new DevelopmentGoalAchievedEvent(employeeId, command.goalId(), command.achievedOn()));
    }

    @CommandHandler
    public void handle(DropDevelopmentGoalCommand command, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requirePlanParty(Acting.of(actorEmployee, actorRoles));
        requireActiveOn(command.droppedOn(), "Dropping a goal");
        plan.requireOpen(command.goalId());
        apply(new DevelopmentGoalDroppedEvent(employeeId, command.goalId(), command.reason(), command.droppedOn()));
    }

    @CommandHandler
    public void handle(RecordFeedbackCommand command, EmployeeStandings standings) {
        requireActiveOn(command.receivedOn(), "Feedback");
        requireFromSomeoneElse(command.givenBy(), "Feedback");
        FeedbackDirection direction = feedbackDirection(command.givenBy(), command.receivedOn(), standings);
        if (command.direction() != null && command.direction() != direction) {
            throw new BusinessRuleViolation(ErrorCode.FEEDBACK_DIRECTION_WRONG,
                                            "Feedback from " + command.givenBy() + " is " + direction
                                                    + " feedback, not " + command.direction()
                                                    + ": MANAGER is from the employee's manager, UPWARD from someone "
                                                    + "they manage, PEER from anyone else");
        }
        apply(new FeedbackReceivedEvent(employeeId, command.feedbackId(), direction, command.givenBy(),
                                        command.text(), command.receivedOn()));
    }

    /**
     * Who the giver is to this employee, as the records stand now: their manager, someone they manage, or a peer. A
     * timeline says "feedback from their manager" on this, so the giver cannot choose it.
     */
    private FeedbackDirection feedbackDirection(EmployeeId giver, LocalDate on, EmployeeStandings standings) {
        if (giver.equals(placement.managerId())) {
            return FeedbackDirection.MANAGER;
        }
        boolean managedByThem = standings.of(giver, on)
                                         .map(Standing::managerId)
                                         .filter(employeeId::equals)
                                         .isPresent();
        return managedByThem ? FeedbackDirection.UPWARD : FeedbackDirection.PEER;
    }

    @CommandHandler
    public void handle(CompleteReviewCommand command, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requireActiveOn(command.completedOn(), "A review");
        Acting.of(actorEmployee, actorRoles).requireManagerOrTalentPartner(employeeId, placement.managerId(),
                                                                           "complete a review");
        requireFromSomeoneElse(command.reviewerId(), "A review");
        if (reviewedPeriods.contains(command.period())) {
            throw new BusinessRuleViolation(ErrorCode.REVIEW_ALREADY_COMPLETED,
                                            "The review of " + command.period() + " is already completed");
        }
        apply(new ReviewCompletedEvent(employeeId, command.reviewId(), command.period(), command.selfReflection(),
                                       command.reviewerId(), command.managerAssessment(), command.completedOn()));
    }

    @CommandHandler
    public void handle(RecordRetroTakeawayCommand command, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requireActiveOn(command.recordedOn(), "A retrospective takeaway");
        Acting.of(actorEmployee, actorRoles).requireSelf(employeeId, "their retrospective takeaways");
        apply(new RetroTakeawayRecordedEvent(employeeId, command.takeawayId(), command.retrospective(), command.takeaway(),
                                             command.recordedOn()));
    }

    @CommandHandler
    public void handle(ProposeRotationCommand command, FrameworkInForce frameworks, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requireActiveOn(command.proposedOn(), "A rotation");
        Acting.of(actorEmployee, actorRoles).requireManagerOrTalentPartner(employeeId, placement.managerId(),
                                                                           "propose a rotation");
        FrameworkRoles.requireTrack(frameworks, command.hostTrack(), command.plannedStart());
        rotations.requireNoneOpen();
        if (!command.plannedEnd().isAfter(command.plannedStart())) {
            throw new BusinessRuleViolation(ErrorCode.ROTATION_DATES_INVALID,
                                            "A rotation must end after it starts (" + command.plannedStart() + ")");
        }
        apply(new RotationProposedEvent(employeeId, command.rotationId(), command.hostTeam(), command.hostTrack(),
                                        command.plannedStart(), command.plannedEnd(), command.proposedOn()));
    }

    @CommandHandler
    public void handle(ApproveRotationCommand command, EmployeeStandings standings) {
        requireActiveOn(command.approvedOn(), "Approving a rotation");
        Rotations.Rotation rotation = rotations.requireAt(command.rotationId(), Rotations.Step.PROPOSED);
        if (employeeId.equals(command.approvedBy())) {
            throw new BusinessRuleViolation(ErrorCode.SELF_APPROVAL, "The host team, not the employee, approves a rotation");
        }
        // the host team's own lead approves, not the manager who sent them: a conversion moves them under the approver
        String approversTeam = standings.employedOn(command.approvedBy(), command.approvedOn()).team();
        if (!rotation.hostTeam().equalsIgnoreCase(approversTeam)) {
            throw new BusinessRuleViolation(ErrorCode.NOT_IN_HOST_TEAM,
                                            "A lead of " + rotation.hostTeam() + ", the host team, approves this "
                                                    + "rotation; " + command.approvedBy() + " is in " + approversTeam
                                                    + " on " + command.approvedOn());
        }
        apply(new RotationApprovedEvent(employeeId, command.rotationId(), command.approvedBy(), command.approvedOn()));
    }

    @CommandHandler
    public void handle(StartRotationCommand command, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requireActiveOn(command.startedOn(), "Starting a rotation");
        Rotations.Rotation rotation = rotations.requireAt(command.rotationId(), Rotations.Step.APPROVED);
        requireRotationLead(Acting.of(actorEmployee, actorRoles), rotation, "start the rotation");
        apply(new RotationStartedEvent(employeeId, command.rotationId(), command.startedOn()));
    }

    @CommandHandler
    public void handle(ExtendRotationCommand command, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requireActiveOn(command.extendedOn(), "Extending a rotation");
        Rotations.Rotation rotation = rotations.requireAt(command.rotationId(), Rotations.Step.STARTED);
        requireRotationLead(Acting.of(actorEmployee, actorRoles), rotation, "extend the rotation");
        if (!command.newPlannedEnd().isAfter(rotation.plannedEnd())) {
            throw new BusinessRuleViolation(ErrorCode.ROTATION_DATES_INVALID,
                                            "An extension must end after " + rotation.plannedEnd());
        }
        apply(new RotationExtendedEvent(employeeId, command.rotationId(), command.newPlannedEnd(), command.extendedOn()));
    }

    /**
     * A converted rotation moves the employee to the host team, into the host role's track at the level of the same
     * rank, under the host lead who approved it: both events in one commit, so the move can never be lost or applied
     * twice (no saga is needed).
     */
    @CommandHandler
    public void handle(CompleteRotationCommand command, FrameworkInForce frameworks, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requireActiveOn(command.completedOn(), "Completing a rotation");
        Rotations.Rotation rotation = rotations.requireAt(command.rotationId(), Rotations.Step.STARTED);
        requireRotationLead(Acting.of(actorEmployee, actorRoles), rotation, "complete the rotation");
        apply(new RotationCompletedEvent(employeeId, command.rotationId(), command.outcome(), command.completedOn()));
        if (command.outcome() == RotationOutcome.CONVERTED) {
            String level = FrameworkRoles.levelAtSameRank(frameworks, placement.track(), placement.level(),
                                                          rotation.hostTrack(), command.completedOn());
            Placement moved = placement.with(rotation.hostTeam(), null, rotation.approvedBy(), rotation.hostTrack(), level);
            apply(new EmployeeTransferredEvent(employeeId, moved.team(), moved.tribe(), moved.managerId(), moved.track(),
                                               moved.level(), command.completedOn()));
        }
    }

    @CommandHandler
    public void handle(CancelRotationCommand command, @MetaDataValue(CommandSender.ACTOR_EMPLOYEE_KEY) String actorEmployee,
                       @MetaDataValue(CommandSender.ACTOR_ROLES_KEY) String actorRoles) {
        requireActiveOn(command.cancelledOn(), "Cancelling a rotation");
        Rotations.Rotation rotation = rotations.requireOpen(command.rotationId());
        requireRotationLead(Acting.of(actorEmployee, actorRoles), rotation, "cancel the rotation");
        apply(new RotationCancelledEvent(employeeId, command.rotationId(), command.reason(), command.cancelledOn()));
    }

    /** Progress, achievement and dropping belong to the plan's two sides, as proposing and agreeing do. */
    private void requirePlanParty(Acting acting) {
        if (!acting.isSystem()) {
            acting.party(employeeId, placement.managerId());
        }
    }

    /**
     * A rotation's later steps are its leads': the employee's manager, the host lead who approved it, or a talent
     * partner. A converted completion moves the employee, so no other manager may record it.
     */
    private void requireRotationLead(Acting acting, Rotations.Rotation rotation, String what) {
        if (rotation.approvedBy() == null || !rotation.approvedBy().value().equals(acting.employeeId())) {
            acting.requireManagerOrTalentPartner(employeeId, placement.managerId(), what);
        }
    }

    /**
     * Credits a mentorship concluded with this employee as the mentor. A credit already recorded is a redelivery and
     * records nothing. It is recorded after a departure too: the mentoring happened while they were here.
     */
    @CommandHandler
    public void handle(CreditMentoringCommand command) {
        if (!creditedMentorships.contains(command.mentorshipId())) {
            apply(new MentoringGivenEvent(employeeId, command.mentorshipId(), command.menteeId(), command.kind(),
                                          command.topic(), command.concludedOn()));
        }
    }

    /**
     * Applies an approved promotion: exactly once per case, so a redelivered command records nothing. The level is
     * of the track the case was decided for. It is applied even when the departure was recorded first, if it took
     * effect before the departure: the decision came while they were here.
     */
    @CommandHandler
    public void handle(PromoteEmployeeCommand command) {
        if (appliedPromotionCases.contains(command.caseId())) {
            return;
        }
        if (departedOn != null && !command.effectiveOn().isBefore(departedOn)) {
            throw new BusinessRuleViolation(ErrorCode.EMPLOYEE_DEPARTED,
                                            "Employee " + employeeId + " left on " + departedOn + ", before "
                                                    + command.effectiveOn());
        }
        requireNotBeforeHire(command.effectiveOn(), "A promotion");
        apply(new EmployeePromotedEvent(employeeId, command.caseId(), command.track(), placement.level(),
                                        command.toLevel(), command.effectiveOn()));
    }

    private static void requireNotOwnManager(EmployeeId employee, EmployeeId managerId) {
        if (employee.equals(managerId)) {
            throw new BusinessRuleViolation(ErrorCode.SELF_MANAGEMENT, "An employee cannot be their own manager");
        }
    }

    /**
     * A manager named by a hire or a transfer is someone employed on that day. An import names managers from its own
     * file, hired in the same run, and is checked by its validator instead.
     */
    private static void requireManagerEmployed(EmployeeStandings standings, EmployeeId managerId, LocalDate on) {
        if (managerId != null && !standings.of(managerId, on).map(Standing::employed).orElse(false)) {
            throw new BusinessRuleViolation(ErrorCode.MANAGER_NOT_EMPLOYED,
                                            "The manager " + managerId + " is not an employee on " + on);
        }
    }

    private void requireFromSomeoneElse(EmployeeId giver, String what) {
        if (employeeId.equals(giver)) {
            throw new BusinessRuleViolation(ErrorCode.SELF_FEEDBACK, what + " must come from someone else");
        }
    }

    private void requireActiveOn(LocalDate date, String what) {
        requireEmployed();
        requireNotBeforeHire(date, what);
    }

    private void requireEmployed() {
        if (erased) {
            throw new BusinessRuleViolation(ErrorCode.PERSONAL_DATA_ERASED,
                                            "The personal data of employee " + employeeId + " was erased; "
                                                    + "nothing new can be recorded about them");
        }
        if (departedOn != null) {
            throw new BusinessRuleViolation(ErrorCode.EMPLOYEE_DEPARTED,
                                            "Employee " + employeeId + " has left; nothing new can be recorded");
        }
    }

    private void requireNotBeforeHire(LocalDate date, String what) {
        if (date.isBefore(hiredOn)) {
            throw new BusinessRuleViolation(ErrorCode.DATE_BEFORE_HIRE,
                                            what + " on " + date + " would be before the hire on " + hiredOn);
        }
    }

    @EventSourcingHandler
    void on(EmployeeHiredEvent event) {
        this.employeeId = event.employeeId();
        this.hiredOn = event.hiredOn();
        this.placement = new Placement(event.team(), event.tribe(), event.managerId(), event.track(), event.level());
        roles.held(event.hiredOn(), event.track(), event.level());
    }

    @EventSourcingHandler
    void on(LevelHistoryImportedEvent event) {
        roles.imported(levelKey(event.track(), event.level(), event.heldFrom()), event.heldFrom(), event.track(),
                       event.level());
        if (event.current()) {
            placement = placement.with(null, null, null, event.track(), event.level());
        }
    }

    @EventSourcingHandler
    void on(PromotionHistoryImportedEvent event) {
        roles.imported(promotionKey(event.track(), event.toLevel(), event.promotedOn()), event.promotedOn(),
                       event.track(), event.toLevel());
        if (event.current()) {
            placement = placement.with(null, null, null, event.track(), event.toLevel());
        }
    }

    @EventSourcingHandler
    void on(CourseCompletedEvent event) {
        completionsById.put(event.completionId(), new Completion(event.courseId(), event.completedOn(), false));
        if (event.sourceRef() != null) {
            sourceRefs.add(event.sourceRef());
        }
    }

    @EventSourcingHandler
    void on(CourseCompletionRetractedEvent event) {
        // The course may be recorded again for that date; its source reference stays used, so a resent record stays out.
        completionsById.computeIfPresent(event.completionId(), (id, completion) -> completion.retract());
    }

    @EventSourcingHandler
    void on(EmployeeTransferredEvent event) {
        this.placement = new Placement(event.team(), event.tribe(), event.managerId(), event.track(), event.level());
        roles.held(event.effectiveOn(), event.track(), event.level());
    }

    @EventSourcingHandler
    void on(EmployeeDepartedEvent event) {
        this.departedOn = event.departedOn();
    }

    @EventSourcingHandler
    void on(PersonalDataErasedEvent event) {
        this.erased = true;
    }

    @EventSourcingHandler
    void on(TechTalkGivenEvent event) {
        sharing.talkGiven(event.title(), event.givenOn());
    }

    @EventSourcingHandler
    void on(LearningPodJoinedEvent event) {
        sharing.joined(event.podId());
    }

    @EventSourcingHandler
    void on(LearningPodLeftEvent event) {
        sharing.left(event.podId());
    }

    @EventSourcingHandler
    void on(HackWeekProjectRecordedEvent event) {
        sharing.hackWeekProjectRecorded(event.hackWeek(), event.title());
    }

    @EventSourcingHandler
    void on(PassionProjectStartedEvent event) {
        sharing.passionProjectStarted(event.projectId());
    }

    @EventSourcingHandler
    void on(PassionProjectShippedEvent event) {
        sharing.passionProjectEnded(event.projectId());
    }

    @EventSourcingHandler
    void on(PassionProjectStoppedEvent event) {
        sharing.passionProjectEnded(event.projectId());
    }

    @EventSourcingHandler
    void on(DevelopmentGoalProposedEvent event) {
        plan.proposed(event.goalId(), event.proposedBy());
    }

    @EventSourcingHandler
    void on(DevelopmentGoalAgreedEvent event) {
        plan.agreed(event.goalId());
    }

    @EventSourcingHandler
    void on(DevelopmentGoalAchievedEvent event) {
        plan.closed(event.goalId());
    }

    @EventSourcingHandler
    void on(DevelopmentGoalDroppedEvent event) {
        plan.closed(event.goalId());
    }

    @EventSourcingHandler
    void on(ReviewCompletedEvent event) {
        reviewedPeriods.add(event.period());
    }

    @EventSourcingHandler
    void on(RotationProposedEvent event) {
        rotations.proposed(event.rotationId(), event.hostTeam(), event.hostTrack(), event.plannedEnd());
    }

    @EventSourcingHandler
    void on(RotationApprovedEvent event) {
        rotations.approved(event.rotationId(), event.approvedBy());
    }

    @EventSourcingHandler
    void on(RotationStartedEvent event) {
        rotations.started(event.rotationId());
    }

    @EventSourcingHandler
    void on(RotationExtendedEvent event) {
        rotations.extended(event.rotationId(), event.newPlannedEnd());
    }

    @EventSourcingHandler
    void on(RotationCompletedEvent event) {
        rotations.closed(event.rotationId());
    }

    @EventSourcingHandler
    void on(RotationCancelledEvent event) {
        rotations.closed(event.rotationId());
    }

    @EventSourcingHandler
    void on(EmployeePromotedEvent event) {
        appliedPromotionCases.add(event.caseId());
        placement = placement.with(null, null, null, event.track(), event.toLevel());
        roles.held(event.effectiveOn(), event.track(), event.toLevel());
    }

    @EventSourcingHandler
    void on(MentoringGivenEvent event) {
        creditedMentorships.add(event.mentorshipId());
    }

    private record Completion(String courseId, LocalDate completedOn, boolean retracted) {
        /** Whether this completion stands for that course on that day. */
        boolean counts(String course, LocalDate on) {
            return !retracted && courseId.equals(course) && completedOn.equals(on);
        }

        Completion retract() {
            return new Completion(courseId, completedOn, true);
        }
    }

    /** Where the employee sits: a transfer changes some of it and keeps the rest. */
    private record Placement(String team, String tribe, EmployeeId managerId, String track, String level) {
        Placement with(String newTeam, String newTribe, EmployeeId newManager, String newTrack, String newLevel) {
            return new Placement(newTeam != null ? newTeam : team, newTribe != null ? newTribe : tribe,
                                 newManager != null ? newManager : managerId, newTrack != null ? newTrack : track,
                                 newLevel != null ? newLevel : level);
        }
    }
}
