package io.careerhistory.infra.importing;

import io.careerhistory.command.career.ImportEmployeeCommand;
import io.careerhistory.command.career.ImportLevelHistoryCommand;
import io.careerhistory.command.career.ImportPromotionHistoryCommand;
import io.careerhistory.command.career.LoginNameShape;
import io.careerhistory.command.career.RecordCourseCompletionCommand;
import io.careerhistory.events.EmployeeId;
import io.careerhistory.events.career.CourseProvider;
import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.events.framework.LevelDefinition;
import io.careerhistory.infra.identity.LoginNames;
import io.careerhistory.infra.importing.CsvTable.Row;
import io.careerhistory.infra.importing.ImportPlan.Step;
import io.careerhistory.query.framework.FrameworkRepository;
import io.careerhistory.query.readiness.ReadinessRepository;
import io.careerhistory.readiness.CareerFacts;
import io.careerhistory.readiness.FrameworkVersions;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a whole HRIS export before anything of it is sent: every row of every file, each error with its line. Rows
 * must be well formed, employees and login names unique, roles in the career framework (a date before the first
 * version is read in the terms of the first version), dates not before the hire nor in the future, and every
 * promotion must start from the role held the day before it. Only then is the plan of commands made.
 */
@Component
class ImportValidator {

    static final String EMPLOYEES = "employees.csv";
    static final String LEVELS = "levels.csv";
    static final String PROMOTIONS = "promotions.csv";
    static final String COURSES = "courses.csv";

    private static final BigDecimal MAX_HOURS = new BigDecimal("10000");

    private final FrameworkRepository frameworks;
    private final ReadinessRepository recorded;
    private final LoginNames loginNames;
    private final Clock clock;

    ImportValidator(FrameworkRepository frameworks, ReadinessRepository recorded, LoginNames loginNames, Clock clock) {
        this.frameworks = frameworks;
        this.recorded = recorded;
        this.loginNames = loginNames;
        this.clock = clock;
    }

    /** The employee an HRIS reference becomes: the same on every run, so that a re-run finds whom it hired. */
    static EmployeeId employeeIdOf(String reference) {
        return EmployeeId.of(UUID.nameUUIDFromBytes(("hris-employee:" + reference).getBytes(StandardCharsets.UTF_8))
                                 .toString());
    }

    /** @param files file name to content, any of {@link #EMPLOYEES}, {@link #LEVELS}, {@link #PROMOTIONS}, {@link #COURSES} */
    ImportPlan validate(Map<String, String> files, String source) {
        List<ImportError> errors = new ArrayList<>();
        if (files.isEmpty()) {
            errors.add(new ImportError(null, 0, null, "no file given: send any of " + List.of(EMPLOYEES, LEVELS,
                                                                                                PROMOTIONS, COURSES)));
            throw new InvalidImport(errors);
        }
        Check check = new Check(frameworks.all(), LocalDate.now(clock), errors);
        List<Step> hires = check.employees(rows(files, EMPLOYEES, errors,
                                                "employee_ref,name,email,login_name,track,level,team,hired_on",
                                                "tribe,manager_ref"));
        List<Row> levels = rows(files, LEVELS, errors, "employee_ref,track,level,from", "");
        List<Row> promotions = rows(files, PROMOTIONS, errors, "employee_ref,from_level,to_level,promoted_on", "");
        List<Step> history = check.history(levels, promotions, source);
        List<Step> courses = check.courses(rows(files, COURSES, errors,
                                                "employee_ref,course_id,title,provider,hours,completed_on", "skills"));
        if (!errors.isEmpty()) {
            throw new InvalidImport(errors);
        }
        List<Step> steps = new ArrayList<>(hires);
        steps.addAll(history);
        steps.addAll(courses);
        return new ImportPlan(steps, hires.size(), levels.size(), promotions.size(), courses.size());
    }

    private static List<Row> rows(Map<String, String> files, String file, List<ImportError> errors, String required,
                                  String optional) {
        String content = files.get(file);
        return content == null ? List.of() : CsvTable.parse(file, content, columns(required), columns(optional), errors);
    }

    private static Set<String> columns(String names) {
        return names.isEmpty() ? Set.of() : Set.copyOf(Arrays.asList(names.split(",")));
    }

    /** One validation run: what the files and the store say of each employee so far, and the errors found. */
    private final class Check {

        private final FrameworkVersions versions;
        private final LocalDate today;
        private final List<ImportError> errors;
        private final Map<String, Chronology> employees = new HashMap<>();

        Check(FrameworkVersions versions, LocalDate today, List<ImportError> errors) {
            this.versions = versions;
            this.today = today;
            this.errors = errors;
        }

        List<Step> employees(List<Row> rows) {
            Map<String, Integer> logins = new HashMap<>();
            Map<String, Row> byReference = new LinkedHashMap<>();
            List<Step> steps = new ArrayList<>();
            for (Row row : rows) {
                RowReader read = new RowReader(row, errors);
                String reference = read.text("employee_ref", 64);
                String name = read.text("name", 200);
                String email = read.text("email", 254);
                String login = read.text("login_name", 64);
                String track = read.text("track", 100);
                String level = read.text("level", 32);
                String team = read.text("team", 100);
                String tribe = read.optionalText("tribe", 100);
                LocalDate hiredOn = read.date("hired_on", today);
                if (email != null && !email.matches("[^@\\s]+@[^@\\s]+")) {
                    read.error("email", "email must be an address like ada@example.com, not '" + email + "'");
                }
                if (reference != null && byReference.putIfAbsent(reference, row) != null) {
                    read.error("employee_ref", "employee " + reference + " is already on line "
                            + byReference.get(reference).line());
                    continue;
                }
                if (login != null) {
                    Integer first = logins.putIfAbsent(login, row.line());
                    if (!LoginNameShape.fits(login)) {
                        read.error("login_name", "login_name must be " + LoginNameShape.RULE + ", not '" + login + "'");
                    } else if (first != null) {
                        read.error("login_name", "login name " + login + " is already on line " + first);
                    } else if (reference != null && loginNames.employeeIdOf(login)
                            .filter(owner -> !owner.equals(employeeIdOf(reference).value())).isPresent()) {
                        read.error("login_name", "login name " + login + " belongs to another employee already");
                    }
                }
                if (hiredOn != null && track != null && level != null && role(read, track, level, hiredOn, "level").isPresent()
                        && reference != null) {
                    employees.put(reference, Chronology.hiredInFile(track, level, hiredOn));
                }
                if (reference != null && name != null && email != null && login != null && team != null && hiredOn != null) {
                    steps.add(new Step(EMPLOYEES, row.line(), new ImportEmployeeCommand(
                            employeeIdOf(reference), name, email, login, track, level, team, tribe, null, hiredOn)));
                }
            }
            return withManagers(steps, rows, byReference);
        }

        /** Managers are named by reference: someone in the file, or imported before. */
        private List<Step> withManagers(List<Step> steps, List<Row> rows, Map<String, Row> byReference) {
            Map<Integer, Row> byLine = new HashMap<>();
            rows.forEach(row -> byLine.put(row.line(), row));
            List<Step> resolved = new ArrayList<>();
            for (Step step : steps) {
                Row row = byLine.get(step.line());
                String manager = row.get("manager_ref");
                ImportEmployeeCommand hire = (ImportEmployeeCommand) step.command();
                if (manager == null) {
                    resolved.add(step);
                } else if (manager.equals(row.get("employee_ref"))) {
                    errors.add(new ImportError(EMPLOYEES, row.line(), "manager_ref", "nobody manages themselves"));
                } else if (!byReference.containsKey(manager) && known(manager).isEmpty()) {
                    errors.add(new ImportError(EMPLOYEES, row.line(), "manager_ref",
                                               "no employee " + manager + " in " + EMPLOYEES + " or imported before"));
                } else {
                    resolved.add(new Step(step.file(), step.line(), new ImportEmployeeCommand(
                            hire.employeeId(), hire.name(), hire.email(), hire.loginName(), hire.track(), hire.level(),
                            hire.team(), hire.tribe(), employeeIdOf(manager), hire.hiredOn())));
                }
            }
            return resolved;
        }

        /** Levels and promotions, per employee in date order, each checked against the role held before it. */
        List<Step> history(List<Row> levels, List<Row> promotions, String source) {
            List<Dated> dated = new ArrayList<>();
            for (Row row : levels) {
                dated(row, "from").ifPresent(dated::add);
            }
            for (Row row : promotions) {
                dated(row, "promoted_on").ifPresent(dated::add);
            }
            dated.sort(Comparator.comparing(Dated::reference).thenComparing(Dated::on));
            List<Step> steps = new ArrayList<>();
            for (Dated entry : dated) {
                RowReader read = new RowReader(entry.row(), errors);
                Chronology chronology = employees.get(entry.reference());
                if (entry.row().file().equals(LEVELS)) {
                    String track = read.text("track", 100);
                    String level = read.text("level", 32);
                    if (track != null && level != null && role(read, track, level, entry.on(), "level").isPresent()) {
                        chronology.held(track, level, entry.on());
                        steps.add(new Step(LEVELS, entry.row().line(), new ImportLevelHistoryCommand(
                                employeeIdOf(entry.reference()), track, level, entry.on(), source)));
                    }
                } else {
                    promotion(read, entry, chronology, source).ifPresent(steps::add);
                }
            }
            return steps;
        }

        private Optional<Step> promotion(RowReader read, Dated entry, Chronology chronology, String source) {
            String from = read.text("from_level", 32);
            String to = read.text("to_level", 32);
            Chronology.Role before = chronology.heldBefore(entry.on());
            if (from == null || to == null || before == null) {
                return Optional.empty();
            }
            if (!before.level().equals(from)) {
                read.error("from_level", "the role held the day before " + entry.on() + " is " + before.track() + " "
                        + before.level() + " (since " + before.since() + "), not " + from);
                return Optional.empty();
            }
            Optional<LevelDefinition> fromLevel = role(read, before.track(), from, entry.on(), "from_level");
            Optional<LevelDefinition> toLevel = role(read, before.track(), to, entry.on(), "to_level");
            if (fromLevel.isEmpty() || toLevel.isEmpty()) {
                return Optional.empty();
            }
            if (toLevel.get().rank() <= fromLevel.get().rank()) {
                read.error("to_level", "a promotion goes up: " + to + " does not rank above " + from);
                return Optional.empty();
            }
            chronology.held(before.track(), to, entry.on());
            return Optional.of(new Step(PROMOTIONS, entry.row().line(), new ImportPromotionHistoryCommand(
                    employeeIdOf(entry.reference()), before.track(), from, to, entry.on(), source)));
        }

        List<Step> courses(List<Row> rows) {
            Map<String, Integer> seen = new HashMap<>();
            List<Step> steps = new ArrayList<>();
            for (Row row : rows) {
                RowReader read = new RowReader(row, errors);
                Optional<Dated> dated = dated(row, "completed_on");
                String courseId = read.text("course_id", 128);
                String title = read.text("title", 300);
                CourseProvider provider = read.oneOf("provider", CourseProvider.class);
                BigDecimal hours = read.decimal("hours", BigDecimal.ZERO, MAX_HOURS);
                List<String> skills = skills(read, row.get("skills"));
                if (dated.isEmpty() || courseId == null || title == null || provider == null || hours == null) {
                    continue;
                }
                String sourceRef = "import:" + dated.get().reference() + ":" + courseId + ":" + dated.get().on();
                Integer first = seen.putIfAbsent(sourceRef, row.line());
                if (first != null) {
                    read.error("course_id", "the same completion as line " + first);
                    continue;
                }
                String completionId = UUID.nameUUIDFromBytes(sourceRef.getBytes(StandardCharsets.UTF_8)).toString();
                steps.add(new Step(COURSES, row.line(), new RecordCourseCompletionCommand(
                        employeeIdOf(dated.get().reference()), completionId, courseId, title, provider, skills, hours,
                        dated.get().on(), sourceRef)));
            }
            return steps;
        }

        private List<String> skills(RowReader read, String value) {
            if (value == null) {
                return List.of();
            }
            List<String> skills = Arrays.stream(value.split(";")).map(String::strip).filter(s -> !s.isEmpty()).toList();
            if (skills.size() > 50 || skills.stream().anyMatch(s -> s.length() > 100)) {
                read.error("skills", "at most 50 skills of at most 100 characters each, separated by ;");
                return List.of();
            }
            return skills;
        }

        /** The row's employee, known and with its date checked against the hire; empty (and an error) otherwise. */
        private Optional<Dated> dated(Row row, String dateColumn) {
            RowReader read = new RowReader(row, errors);
            String reference = read.text("employee_ref", 64);
            LocalDate on = read.date(dateColumn, today);
            if (reference == null || on == null) {
                return Optional.empty();
            }
            Optional<Chronology> chronology = known(reference);
            if (chronology.isEmpty()) {
                read.error("employee_ref", "no employee " + reference + " in " + EMPLOYEES + " or imported before");
                return Optional.empty();
            }
            if (on.isBefore(chronology.get().hiredOn())) {
                read.error(dateColumn, dateColumn + " " + on + " is before the hire on " + chronology.get().hiredOn());
                return Optional.empty();
            }
            return Optional.of(new Dated(reference, on, row));
        }

        private Optional<Chronology> known(String reference) {
            Chronology chronology = employees.get(reference);
            if (chronology == null) {
                Optional<CareerFacts> facts = recorded.find(employeeIdOf(reference).value()).filter(CareerFacts::hired);
                facts.ifPresent(f -> employees.put(reference, Chronology.recorded(f)));
                chronology = employees.get(reference);
            }
            return Optional.ofNullable(chronology);
        }

        /** The level in the framework in force on the date, or in the first version for a date before it. */
        private Optional<LevelDefinition> role(RowReader read, String track, String level, LocalDate on, String column) {
            Optional<FrameworkVersionPublishedEvent> version = versions.inForceOn(on)
                    .or(() -> versions.all().stream().findFirst());
            if (version.isEmpty()) {
                read.error(column, "no career framework is published");
                return Optional.empty();
            }
            Optional<LevelDefinition> found = FrameworkVersions.level(version.get(), track, level);
            if (found.isEmpty()) {
                read.error(column, "framework version " + version.get().version() + " has no level " + level
                        + " in track " + track);
            }
            return found;
        }
    }

    private record Dated(String reference, LocalDate on, Row row) {
    }
}
