package io.careerhistory.query.readiness;

import io.careerhistory.events.EmployeeId;
import io.careerhistory.query.directory.PeopleNames;
import io.careerhistory.query.framework.FrameworkRepository;
import io.careerhistory.readiness.CareerFacts;
import io.careerhistory.readiness.CriterionResult;
import io.careerhistory.readiness.FrameworkVersions;
import io.careerhistory.readiness.ReadinessAssessment;
import io.careerhistory.readiness.ReadinessRules;
import io.careerhistory.readiness.ReadinessStatus;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Readiness as of a date: the facts of the view through the readiness rules, against the version in force then. */
@Service
public class ReadinessService {

    private final ReadinessRepository facts;
    private final FrameworkRepository framework;
    private final PeopleNames people;

    public ReadinessService(ReadinessRepository facts, FrameworkRepository framework, PeopleNames people) {
        this.facts = facts;
        this.framework = framework;
        this.people = people;
    }

    public Optional<ReadinessAssessment> of(String employeeId, LocalDate on) {
        return of(employeeId, on, null);
    }

    /**
     * Readiness on the business date {@code on}, against the framework version in force that day, from the facts the
     * store had recorded up to {@code knownPosition} (all when null).
     */
    public Optional<ReadinessAssessment> of(String employeeId, LocalDate on, Long knownPosition) {
        FrameworkVersions versions = framework.all();
        return facts.find(employeeId, knownPosition).map(career -> assess(versions, career, on))
                    .map(assessment -> withMenteeNames(assessment, EmployeeId.of(employeeId)));
    }

    /**
     * The assessment as shown: the mentees of the mentorships counted named from the directory (the rules keep their
     * ids, as the hashed evidence does), and, asked as known before the hire was recorded, when the rules see nobody,
     * still saying whom it is about.
     */
    private ReadinessAssessment withMenteeNames(ReadinessAssessment a, EmployeeId employeeId) {
        Map<String, String> names = people.of(a.criteria().stream().flatMap(c -> c.evidence().stream())
                                               .flatMap(e -> CareerFacts.menteeOf(e.kind(), e.title()).stream())
                                               .toList());
        List<CriterionResult> criteria = a.criteria().stream().map(c -> new CriterionResult(
                c.kind(), c.description(), c.minimum(), c.actual(), c.met(),
                c.evidence().stream().map(e -> named(e, names)).toList())).toList();
        return new ReadinessAssessment(employeeId, a.assessedOn(), a.rulesVersion(), a.frameworkVersion(),
                                       a.track(), a.level(), a.levelSince(), a.monthsInLevel(), a.nextLevel(),
                                       a.nextLevelTitle(), a.status(), criteria, a.reviewsRequired());
    }

    private static CriterionResult.Evidence named(CriterionResult.Evidence evidence, Map<String, String> names) {
        String title = CareerFacts.menteeOf(evidence.kind(), evidence.title())
                                  .map(mentee -> PeopleNames.naming(evidence.title(), mentee, names))
                                  .orElse(evidence.title());
        return new CriterionResult.Evidence(evidence.kind(), evidence.id(), title, evidence.on());
    }

    /** Everyone matching the filters (each null for any; track and team in any case), ordered by name. */
    public List<ReadinessSummary> list(ReadinessStatus status, String track, String team, LocalDate on) {
        return list(status, track, team, null, on);
    }

    /** As {@link #list(ReadinessStatus, String, String, LocalDate)}, and only reports of {@code managerId} unless null. */
    public List<ReadinessSummary> list(ReadinessStatus status, String track, String team, String managerId, LocalDate on) {
        FrameworkVersions versions = framework.all();
        return facts.findAll().stream()
                    .filter(career -> career.hired() && (team == null || team.equalsIgnoreCase(career.team())))
                    .filter(career -> managerId == null
                            || (career.managerId() != null && career.managerId().value().equals(managerId)))
                    .map(career -> summary(career, assess(versions, career, on)))
                    .filter(s -> (status == null || s.status() == status)
                            && (track == null || track.equalsIgnoreCase(s.track())))
                    .sorted(Comparator.comparing(ReadinessSummary::name, Comparator.nullsLast(Comparator.naturalOrder()))
                                      .thenComparing(ReadinessSummary::employeeId))
                    .toList();
    }

    private static ReadinessAssessment assess(FrameworkVersions versions, CareerFacts career, LocalDate on) {
        return ReadinessRules.assess(versions.inForceOn(on).orElse(null), career, on);
    }

    private static ReadinessSummary summary(CareerFacts career, ReadinessAssessment assessment) {
        return new ReadinessSummary(career.employeeId().value(), career.name(), career.team(), assessment.track(),
                                    assessment.level(), assessment.nextLevel(), assessment.monthsInLevel(),
                                    assessment.status());
    }
}
