package io.careerhistory.readiness;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseCompletedEvent;
import io.careerhistory.events.career.CourseCompletionRetractedEvent;
import io.careerhistory.events.career.DevelopmentGoalAchievedEvent;
import io.careerhistory.events.career.DevelopmentGoalProposedEvent;
import io.careerhistory.events.career.EmployeeDepartedEvent;
import io.careerhistory.events.career.EmployeeHiredEvent;
import io.careerhistory.events.career.EmployeePromotedEvent;
import io.careerhistory.events.career.EmployeeTransferredEvent;
import io.careerhistory.events.career.LevelHistoryImportedEvent;
import io.careerhistory.events.career.PromotionHistoryImportedEvent;
import io.careerhistory.events.career.HackWeekProjectRecordedEvent;
import io.careerhistory.events.career.MentoringGivenEvent;
import io.careerhistory.events.career.PassionProjectStartedEvent;
import io.careerhistory.events.career.RotationCompletedEvent;
import io.careerhistory.events.career.RotationProposedEvent;
import io.careerhistory.events.career.TechTalkGivenEvent;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the readiness rules look at in one employee's career, folded from the events of their own stream in the order
 * they were stored. Every fact keeps its business date, so the rules can count only what had happened by a date.
 * Events that do not bear on readiness are ignored, so any event of the stream may be given.
 */
public final class CareerFacts {

    /** One counted fact: what kind it is, its id and title, the skills it shows, and when it happened. */
    public record Fact(String kind, String id, String title, List<String> skills, LocalDate on) {
    }

    /** The kind of a mentorship given. */
    public static final String MENTORING = "MENTORING";

    /**
     * How a mentorship given's title begins, before the mentee's id: the title is part of hashed promotion evidence, so
     * it keeps the id, and a reader shows the name.
     */
    public static final String MENTORED = "Mentored ";

    /** The mentee's id in the title of a mentorship given. */
    public static Optional<String> menteeOf(String kind, String title) {
        if (!MENTORING.equals(kind) || title == null || !title.startsWith(MENTORED)) {
            return Optional.empty();
        }
        int end = title.indexOf(' ', MENTORED.length());
        return Optional.of(title.substring(MENTORED.length(), end < 0 ? title.length() : end));
    }

    /** The role held from a date on. */
    public record Role(String track, String level, LocalDate since) {
    }

    /** The team someone is in from a date on. */
    private record Placement(String team, LocalDate since) {
    }

    /** The event types the fold looks at: a view that keeps only these can fold them again later. */
    public static final Set<Class<?>> FOLDED = Set.of(EmployeeHiredEvent.class, EmployeeTransferredEvent.class,
                                                      EmployeePromotedEvent.class, EmployeeDepartedEvent.class,
                                                      LevelHistoryImportedEvent.class,
                                                      PromotionHistoryImportedEvent.class,
                                                      CourseCompletedEvent.class, CourseCompletionRetractedEvent.class,
                                                      TechTalkGivenEvent.class, HackWeekProjectRecordedEvent.class,
                                                      PassionProjectStartedEvent.class,
                                                      DevelopmentGoalProposedEvent.class,
                                                      DevelopmentGoalAchievedEvent.class, RotationProposedEvent.class,
                                                      RotationCompletedEvent.class, MentoringGivenEvent.class);

    private EmployeeId employeeId;
    private String name;
    private String team;
    private EmployeeId managerId;
    private LocalDate hiredOn;
    private LocalDate departedOn;
    private final List<Role> roles = new ArrayList<>();
    private final List<Placement> placements = new ArrayList<>();
    private final Map<String, Fact> completions = new LinkedHashMap<>();
    private final List<Fact> talks = new ArrayList<>();
    private final List<Fact> projects = new ArrayList<>();
    private final Map<String, String> goalTitles = new HashMap<>();
    private final List<Fact> goalsAchieved = new ArrayList<>();
    private final Map<String, String> rotationTeams = new HashMap<>();
    private final List<Fact> rotationsCompleted = new ArrayList<>();
    private final List<Fact> mentoringGiven = new ArrayList<>();

    public static CareerFacts of(List<?> payloads) {
        CareerFacts facts = new CareerFacts();
        payloads.forEach(facts::apply);
        return facts;
    }

    /** Folds in one event payload; events that do not bear on readiness are ignored. */
    public void apply(Object payload) {
        if (payload instanceof EmployeeHiredEvent e) {
            employeeId = e.employeeId();
            name = e.name();
            team = e.team();
            managerId = e.managerId();
            hiredOn = e.hiredOn();
            roles.add(new Role(e.track(), e.level(), e.hiredOn()));
            placements.add(new Placement(e.team(), e.hiredOn()));
        } else if (payload instanceof EmployeeTransferredEvent e) {
            team = e.team();
            placements.add(new Placement(e.team(), e.effectiveOn()));
            placements.sort(Comparator.comparing(Placement::since)); // a transfer may be recorded after a later one
            managerId = e.managerId();
            changeRole(e.track(), e.level(), e.effectiveOn());
        } else if (payload instanceof EmployeePromotedEvent e) {
            changeRole(e.track(), e.toLevel(), e.effectiveOn());
        } else if (payload instanceof LevelHistoryImportedEvent e) {
            pastRole(e.track(), e.level(), e.heldFrom());
        } else if (payload instanceof PromotionHistoryImportedEvent e) {
            pastRole(e.track(), e.toLevel(), e.promotedOn());
        } else if (payload instanceof EmployeeDepartedEvent e) {
            departedOn = e.departedOn();
        } else if (payload instanceof CourseCompletedEvent e) {
            completions.put(e.completionId(), new Fact("COURSE", e.completionId(), e.title(), e.skills(), e.completedOn()));
        } else if (payload instanceof CourseCompletionRetractedEvent e) {
            completions.remove(e.completionId());
        } else if (payload instanceof TechTalkGivenEvent e) {
            talks.add(new Fact("TALK", e.talkId(), e.title(), skills(e.skills()), e.givenOn()));
        } else if (payload instanceof HackWeekProjectRecordedEvent e) {
            projects.add(new Fact("HACK_WEEK_PROJECT", e.projectId(), e.title(), skills(e.skills()), e.endedOn()));
        } else if (payload instanceof PassionProjectStartedEvent e) {
            projects.add(new Fact("PASSION_PROJECT", e.projectId(), e.title(), skills(e.skills()), e.startedOn()));
        } else if (payload instanceof DevelopmentGoalProposedEvent e) {
            goalTitles.put(e.goalId(), e.title());
        } else if (payload instanceof DevelopmentGoalAchievedEvent e) {
            goalsAchieved.add(new Fact("GOAL", e.goalId(), goalTitles.get(e.goalId()), List.of(), e.achievedOn()));
        } else if (payload instanceof RotationProposedEvent e) {
            rotationTeams.put(e.rotationId(), e.hostTeam());
        } else if (payload instanceof RotationCompletedEvent e) {
            rotationsCompleted.add(new Fact("ROTATION", e.rotationId(), "Rotation in " + rotationTeams.get(e.rotationId()),
                                            List.of(), e.completedOn()));
        } else if (payload instanceof MentoringGivenEvent e) {
            mentoringGiven.add(new Fact(MENTORING, e.mentorshipId(), MENTORED + e.menteeId() + " on " + e.topic(),
                                        List.of(), e.concludedOn()));
        }
    }

    private void changeRole(String track, String level, LocalDate on) {
        Role current = roles.get(roles.size() - 1);
        if (!current.track().equals(track) || !current.level().equals(level)) {
            roles.add(new Role(track, level, on));
        }
    }

    /** Imported history may arrive after later facts: it takes its place by date. */
    private void pastRole(String track, String level, LocalDate on) {
        roles.add(new Role(track, level, on));
        roles.sort(Comparator.comparing(Role::since));
    }

    private static List<String> skills(List<String> skills) {
        return skills == null ? List.of() : skills;
    }

    public EmployeeId employeeId() {
        return employeeId;
    }

    public String name() {
        return name;
    }

    /** The team they are in now, after every transfer folded so far. */
    public String team() {
        return team;
    }

    /** The team they were in on the date (business time); null before the hire. */
    public String teamOn(LocalDate date) {
        String held = null;
        for (Placement placement : placements) {
            if (!placement.since().isAfter(date)) {
                held = placement.team();
            }
        }
        return held;
    }

    /** Their manager now, after every transfer folded so far; null for nobody. */
    public EmployeeId managerId() {
        return managerId;
    }

    /** The role they hold now, after every event folded so far; empty before the hire. */
    public Optional<Role> currentRole() {
        return roles.isEmpty() ? Optional.empty() : Optional.of(roles.get(roles.size() - 1));
    }

    public boolean hired() {
        return employeeId != null;
    }

    public LocalDate hiredOn() {
        return hiredOn;
    }

    /** Whether they were employed on the date: hired on or before it, and not departed by then. */
    public boolean employedOn(LocalDate date) {
        return hired() && !hiredOn.isAfter(date) && (departedOn == null || date.isBefore(departedOn));
    }

    /** The role held on the date (business time); empty before the hire. */
    public Optional<Role> roleOn(LocalDate date) {
        Role held = null;
        for (Role role : roles) {
            if (!role.since().isAfter(date)) {
                held = role;
            }
        }
        return Optional.ofNullable(held);
    }

    public List<Fact> completions() {
        return List.copyOf(completions.values());
    }

    public List<Fact> talks() {
        return List.copyOf(talks);
    }

    /** Facts that can show skills: completions, talks, hack-week and passion projects. */
    public List<Fact> skillEvidence() {
        List<Fact> all = new ArrayList<>(completions.values());
        all.addAll(talks);
        all.addAll(projects);
        return all;
    }

    public List<Fact> goalsAchieved() {
        return List.copyOf(goalsAchieved);
    }

    public List<Fact> rotationsCompleted() {
        return List.copyOf(rotationsCompleted);
    }

    public List<Fact> mentoringGiven() {
        return List.copyOf(mentoringGiven);
    }
}
