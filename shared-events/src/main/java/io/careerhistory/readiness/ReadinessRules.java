package io.careerhistory.readiness;

import io.careerhistory.events.framework.Criterion;
import io.careerhistory.events.framework.CriterionKind;
import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.events.framework.LevelDefinition;
import io.careerhistory.readiness.CareerFacts.Fact;
import io.careerhistory.readiness.CareerFacts.Role;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The readiness rules: one pure function of (framework version, career facts, date). The promotion evidence (command
 * side) and the readiness view (query side) both call it, so it lives here in {@code shared-events}, the one module
 * both may depend on; it uses nothing but the JDK and the event records, which keeps that module free of Spring and
 * MongoDB. A change to what the rules compute raises {@link #VERSION}: recorded evidence names the version that made it.
 */
public final class ReadinessRules {

    public static final String VERSION = "readiness-rules/1";

    private ReadinessRules() {
    }

    /**
     * How ready the employee is, on {@code on}, for the level above theirs: only facts that had happened by that date
     * count. {@code framework} is the version in force on that date, or null when none was.
     */
    public static ReadinessAssessment assess(FrameworkVersionPublishedEvent framework, CareerFacts facts, LocalDate on) {
        if (framework == null) {
            return unmeasured(facts, on, null, null, ReadinessStatus.NO_FRAMEWORK);
        }
        Optional<Role> held = facts.employedOn(on) ? facts.roleOn(on) : Optional.empty();
        if (held.isEmpty()) {
            return unmeasured(facts, on, framework.version(), null, ReadinessStatus.NOT_EMPLOYED);
        }
        Role role = held.get();
        int months = (int) ChronoUnit.MONTHS.between(role.since(), on);
        if (FrameworkVersions.level(framework, role.track(), role.level()).isEmpty()) {
            return unmeasured(facts, on, framework.version(), role, ReadinessStatus.LEVEL_NOT_IN_FRAMEWORK);
        }
        Optional<LevelDefinition> next = FrameworkVersions.nextLevel(framework, role.track(), role.level());
        if (next.isEmpty()) {
            return new ReadinessAssessment(facts.employeeId(), on, VERSION, framework.version(), role.track(),
                                           role.level(), role.since(), months, null, null, ReadinessStatus.TOP_OF_TRACK,
                                           List.of(), 0);
        }
        List<CriterionResult> results = new ArrayList<>();
        int reviewsRequired = 0;
        for (Criterion criterion : next.get().criteria()) {
            if (criterion.kind() == CriterionKind.PROMOTION_REVIEWS) {
                reviewsRequired = criterion.minimum(); // asked of the committee, not of the career
            } else {
                results.add(evaluate(criterion, facts, role, months, on));
            }
        }
        ReadinessStatus status = results.stream().allMatch(CriterionResult::met) ? ReadinessStatus.READY
                                                                                 : ReadinessStatus.NOT_READY;
        return new ReadinessAssessment(facts.employeeId(), on, VERSION, framework.version(), role.track(), role.level(),
                                       role.since(), months, next.get().code(), next.get().title(), status,
                                       List.copyOf(results), reviewsRequired);
    }

    private static ReadinessAssessment unmeasured(CareerFacts facts, LocalDate on, Integer frameworkVersion, Role role,
                                                  ReadinessStatus status) {
        return new ReadinessAssessment(facts.employeeId(), on, VERSION, frameworkVersion,
                                       role == null ? null : role.track(), role == null ? null : role.level(),
                                       role == null ? null : role.since(),
                                       role == null ? null : (int) ChronoUnit.MONTHS.between(role.since(), on),
                                       null, null, status, List.of(), 0);
    }

    private static CriterionResult evaluate(Criterion criterion, CareerFacts facts, Role role, int months, LocalDate on) {
        switch (criterion.kind()) {
            case MONTHS_IN_LEVEL:
                return new CriterionResult(criterion.kind(), criterion.description(), criterion.minimum(), months,
                                           months >= criterion.minimum(),
                                           List.of(new CriterionResult.Evidence("ROLE", role.level(),
                                                                                role.track() + " " + role.level(),
                                                                                role.since())));
            case SKILLS:
                return skills(criterion, facts.skillEvidence(), on);
            case COURSES_COMPLETED:
                return counted(criterion, facts.completions(), on);
            case TECH_TALKS:
                return counted(criterion, facts.talks(), on);
            case GOALS_ACHIEVED:
                return counted(criterion, facts.goalsAchieved(), on);
            case ROTATIONS_COMPLETED:
                return counted(criterion, facts.rotationsCompleted(), on);
            case MENTORING_GIVEN:
                return counted(criterion, facts.mentoringGiven(), on);
            default:
                throw new IllegalArgumentException("The readiness rules do not know criterion " + criterion.kind());
        }
    }

    private static CriterionResult counted(Criterion criterion, List<Fact> facts, LocalDate on) {
        List<CriterionResult.Evidence> evidence = byDate(facts, on).stream().map(ReadinessRules::evidence).toList();
        return new CriterionResult(criterion.kind(), criterion.description(), criterion.minimum(), evidence.size(),
                                   evidence.size() >= criterion.minimum(), evidence);
    }

    /** Each named skill must be shown by at least {@code minimum} facts; the count is that of the least-shown skill. */
    private static CriterionResult skills(Criterion criterion, List<Fact> facts, LocalDate on) {
        List<Fact> known = byDate(facts, on);
        int leastShown = Integer.MAX_VALUE;
        List<CriterionResult.Evidence> evidence = new ArrayList<>();
        for (String skill : criterion.skills()) {
            List<Fact> showing = known.stream().filter(f -> shows(f, skill)).toList();
            leastShown = Math.min(leastShown, showing.size());
            showing.stream().map(ReadinessRules::evidence).filter(e -> !evidence.contains(e)).forEach(evidence::add);
        }
        int actual = criterion.skills().isEmpty() ? 0 : leastShown;
        evidence.sort(Comparator.comparing(CriterionResult.Evidence::on).thenComparing(CriterionResult.Evidence::id));
        return new CriterionResult(criterion.kind(), criterion.description(), criterion.minimum(), actual,
                                   actual >= criterion.minimum(), List.copyOf(evidence));
    }

    private static boolean shows(Fact fact, String skill) {
        String wanted = normalized(skill);
        return fact.skills().stream().anyMatch(s -> normalized(s).equals(wanted));
    }

    private static String normalized(String skill) {
        return skill.strip().toLowerCase(Locale.ROOT);
    }

    /** The facts that had happened by the date, oldest first (ties by id, so the order never depends on input order). */
    private static List<Fact> byDate(List<Fact> facts, LocalDate on) {
        return facts.stream()
                    .filter(f -> !f.on().isAfter(on))
                    .sorted(Comparator.comparing(Fact::on).thenComparing(Fact::id))
                    .toList();
    }

    private static CriterionResult.Evidence evidence(Fact fact) {
        return new CriterionResult.Evidence(fact.kind(), fact.id(), fact.title(), fact.on());
    }
}
