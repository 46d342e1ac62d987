package io.careerhistory.infra.xapi;

import com.fasterxml.jackson.databind.JsonNode;
import io.careerhistory.command.api.HasHappenedValidator;
import io.careerhistory.infra.xapi.Learners.Learner;
import org.springframework.stereotype.Component;

import javax.xml.datatype.DatatypeConfigurationException;
import javax.xml.datatype.DatatypeFactory;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.Iterator;
import java.util.Set;
import java.util.TimeZone;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what a valid statement means. A course completion: the verb {@code completed} or {@code satisfied}, or
 * {@code result.completion} true, by an employee, on an Activity (the course is the activity's IRI, its title the
 * activity's name, its hours the result's duration, its date the statement's timestamp on the learner's own calendar).
 * A voiding statement voids another. Anything else is ignored, and says why.
 */
@Component
class StatementReader {

    static final Set<String> COMPLETION_VERBS = Set.of("http://adlnet.gov/expapi/verbs/completed",
                                                       "https://w3id.org/xapi/adl/verbs/satisfied");
    private static final int TITLE_LENGTH = 300;
    private static final Pattern WEEKS = Pattern.compile("^P(\\d+)W$");
    private static final BigDecimal MILLIS_PER_HOUR = BigDecimal.valueOf(3_600_000);

    private final Learners learners;
    private final Clock clock;

    StatementReader(Learners learners, Clock clock) {
        this.learners = learners;
        this.clock = clock;
    }

    StatementMeaning meaning(JsonNode statement) {
        String verb = statement.get("verb").get("id").asText();
        if (StatementRules.VOIDED.equals(verb)) {
            return new StatementMeaning.Voiding(statement.get("object").get("id").asText());
        }
        Learner learner = learners.identify(statement.get("actor"));
        boolean completion = COMPLETION_VERBS.contains(verb) || statement.path("result").path("completion").asBoolean(false);
        if (!completion) {
            return new StatementMeaning.Ignored(learner.employeeId(), "the verb " + verb
                    + " records nothing here: only completions (completed, satisfied, or result.completion true) do");
        }
        if (learner.employeeId() == null) {
            return new StatementMeaning.Ignored(null, learner.unknownBecause());
        }
        JsonNode object = statement.get("object");
        if (!"Activity".equals(object.path("objectType").asText("Activity"))) {
            return new StatementMeaning.Ignored(learner.employeeId(), "the object is a "
                    + object.get("objectType").asText() + ", not an Activity (a course)");
        }
        String timestamp = statement.has("timestamp") ? statement.get("timestamp").asText() : statement.get("stored").asText();
        LocalDate completedOn = OffsetDateTime.parse(timestamp).toLocalDate();
        if (completedOn.isAfter(HasHappenedValidator.latestToday(clock))) {
            return new StatementMeaning.Ignored(learner.employeeId(), "the timestamp " + timestamp
                    + " is in the future: a completion is recorded once it has happened");
        }
        return new StatementMeaning.Completion(learner.employeeId(), object.get("id").asText(), title(object),
                                               hours(statement.path("result").path("duration").asText(null)),
                                               completedOn);
    }

    /** The activity's name: in English if given, else in its first language, else its IRI. */
    private static String title(JsonNode activity) {
        JsonNode names = activity.path("definition").path("name");
        String title = null;
        for (String language : new String[] {"en-US", "en-GB", "en"}) {
            if (title == null && names.hasNonNull(language)) {
                title = names.get(language).asText();
            }
        }
        Iterator<JsonNode> any = names.elements();
        if (title == null && any.hasNext()) {
            title = any.next().asText();
        }
        if (title == null || title.isBlank()) {
            title = activity.get("id").asText();
        }
        return title.length() > TITLE_LENGTH ? title.substring(0, TITLE_LENGTH) : title.strip();
    }

    /** Hours in an ISO 8601 duration (years and months counted from 2000-01-01); zero when none is given. */
    static BigDecimal hours(String duration) {
        if (duration == null) {
            return BigDecimal.ZERO;
        }
        Matcher weeks = WEEKS.matcher(duration);
        if (weeks.matches()) {
            return BigDecimal.valueOf(Long.parseLong(weeks.group(1)) * 7 * 24);
        }
        try {
            Calendar start = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
            start.clear();
            start.set(2000, Calendar.JANUARY, 1);
            long millis = DatatypeFactory.newInstance().newDuration(duration).getTimeInMillis(start);
            return BigDecimal.valueOf(millis).divide(MILLIS_PER_HOUR, 2, RoundingMode.HALF_UP);
        } catch (DatatypeConfigurationException | IllegalArgumentException | UnsupportedOperationException e) {
            return BigDecimal.ZERO; // the rules let through only ISO 8601 durations; one XML Schema can't read is no hours
        }
    }
}
