package io.careerhistory.query.analytics;

import org.bson.Document;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The analytics, computed when asked from {@link AnalyticsRepository}'s documents, and answered in aggregate only.
 * Each takes a business date {@code asOf} (null for all that is recorded): only what happened by then counts, as the
 * figures stood that day, corrected since (a course retracted later is left out, as the view keeps it).
 * A group attribute shows only in groups of {@link #MINIMUM_GROUP} or more decisions; smaller ones are counted as
 * suppressed (issue 5: the group attribute only in aggregates over groups of 5 or more).
 */
@Service
public class Analytics {

    public static final int MINIMUM_GROUP = 5;
    public static final double FOUR_FIFTHS = 0.8;

    private final AnalyticsRepository people;

    public Analytics(AnalyticsRepository people) {
        this.people = people;
    }

    public record Velocity(String track, String fromLevel, int promotions, double averageMonths, double medianMonths,
                           long minMonths, long maxMonths) {
    }

    /** Months in level before each promotion, by track and the level left. */
    public List<Velocity> promotionVelocity(LocalDate asOf) {
        Map<String, List<Long>> months = new TreeMap<>();
        for (Document person : people.findAll()) {
            dated(person, "promotions", asOf).forEach(promotion -> {
                months.computeIfAbsent(promotion.getString("track") + "\u0000" + promotion.getString("fromLevel"),
                                       k -> new ArrayList<>())
                      .add(promotion.get("monthsInLevel", Number.class).longValue());
            });
        }
        List<Velocity> velocity = new ArrayList<>();
        months.forEach((key, values) -> {
            String[] trackAndLevel = key.split("\u0000");
            values.sort(Comparator.naturalOrder());
            velocity.add(new Velocity(trackAndLevel[0], trackAndLevel[1], values.size(), round(average(values)),
                                      round(median(values)), values.get(0), values.get(values.size() - 1)));
        });
        return velocity;
    }

    public record Cohort(int people, int promoted, double promotionRate, Double medianMonthsToFirstPromotion) {
    }

    public record ProgramOutcome(String program, Cohort with, Cohort without) {
    }

    /** Promotion rate and time from hire to first promotion, for people who had a mentorship, or a rotation, or not. */
    public List<ProgramOutcome> programOutcomes(LocalDate asOf) {
        List<Document> everyone = people.findAll().stream()
                                        .filter(p -> p.getString("hiredOn") != null && byThen(p.getString("hiredOn"), asOf))
                                        .toList();
        return List.of(outcome("mentorship", everyone, p -> hadBy(p, "mentorships", asOf), asOf),
                       outcome("rotation", everyone, p -> hadBy(p, "rotations", asOf), asOf));
    }

    /** Whether a map of id to start date (mentorships matched, rotations started) holds one by {@code asOf}. */
    private static boolean hadBy(Document person, String field, LocalDate asOf) {
        return person.get(field, new Document()).values().stream().anyMatch(on -> byThen((String) on, asOf));
    }

    private static ProgramOutcome outcome(String program, List<Document> everyone, Predicate<Document> had,
                                          LocalDate asOf) {
        return new ProgramOutcome(program, cohort(everyone.stream().filter(had).toList(), asOf),
                                  cohort(everyone.stream().filter(had.negate()).toList(), asOf));
    }

    private static Cohort cohort(List<Document> members, LocalDate asOf) {
        List<Long> monthsToFirst = new ArrayList<>();
        for (Document person : members) {
            dated(person, "promotions", asOf).stream()
                  .map(p -> LocalDate.parse(p.getString("on"))).min(Comparator.naturalOrder())
                  .ifPresent(first -> monthsToFirst.add(ChronoUnit.MONTHS.between(LocalDate.parse(person.getString("hiredOn")),
                                                                                  first)));
        }
        monthsToFirst.sort(Comparator.naturalOrder());
        return new Cohort(members.size(), monthsToFirst.size(),
                          members.isEmpty() ? 0.0 : round((double) monthsToFirst.size() / members.size()),
                          monthsToFirst.isEmpty() ? null : round(median(monthsToFirst)));
    }

    public record LearningHours(String quarter, String team, int completions, double hours) {
    }

    /** Hours of courses completed (not retracted), by calendar quarter and the team the person was in then. */
    public List<LearningHours> learningHours(LocalDate asOf) {
        Map<String, double[]> totals = new TreeMap<>();
        for (Document person : people.findAll()) {
            dated(person, "completions", asOf).forEach(completion -> {
                LocalDate on = LocalDate.parse(completion.getString("on"));
                String key = on.getYear() + "-Q" + ((on.getMonthValue() - 1) / 3 + 1) + "\u0000"
                        + String.valueOf(completion.getString("team"));
                double[] total = totals.computeIfAbsent(key, k -> new double[2]);
                total[0]++;
                total[1] += completion.get("hours", Number.class).doubleValue();
            });
        }
        List<LearningHours> hours = new ArrayList<>();
        totals.forEach((key, total) -> {
            String[] quarterAndTeam = key.split("\u0000");
            hours.add(new LearningHours(quarterAndTeam[0], quarterAndTeam[1], (int) total[0], round(total[1])));
        });
        return hours;
    }

    public record GroupRate(String group, int decisions, int approved, double selectionRate, double impactRatio,
                            boolean belowFourFifths) {
    }

    public record AdverseImpact(int minimumGroupSize, double threshold, List<GroupRate> groups, int suppressedGroups,
                                int suppressedDecisions, int decisionsWithoutGroup) {
    }

    /**
     * The adverse-impact ratio of promotion decisions by group: each group's approval rate over the highest group's
     * (the four-fifths rule flags a ratio under 0.8). Groups with fewer than five decisions are not shown.
     */
    public AdverseImpact adverseImpact(LocalDate asOf) {
        Map<String, int[]> byGroup = new TreeMap<>();
        int withoutGroup = 0;
        for (Document person : people.findAll()) {
            List<Document> decisions = dated(person, "decisions", asOf);
            String group = person.getString("group");
            if (group == null) {
                withoutGroup += decisions.size();
                continue;
            }
            for (Document decision : decisions) {
                int[] counts = byGroup.computeIfAbsent(group, g -> new int[2]);
                counts[0]++;
                counts[1] += "APPROVED".equals(decision.getString("outcome")) ? 1 : 0;
            }
        }
        int suppressedGroups = 0;
        int suppressedDecisions = 0;
        Map<String, int[]> shown = new TreeMap<>();
        for (Map.Entry<String, int[]> group : byGroup.entrySet()) {
            if (group.getValue()[0] >= MINIMUM_GROUP) {
                shown.put(group.getKey(), group.getValue());
            } else {
                suppressedGroups++;
                suppressedDecisions += group.getValue()[0];
            }
        }
        double highest = shown.values().stream().mapToDouble(c -> (double) c[1] / c[0]).max().orElse(0);
        List<GroupRate> rates = new ArrayList<>();
        shown.forEach((group, c) -> {
            double rate = (double) c[1] / c[0];
            double ratio = highest == 0 ? 0 : rate / highest;
            rates.add(new GroupRate(group, c[0], c[1], round(rate), round(ratio), highest > 0 && ratio < FOUR_FIFTHS));
        });
        return new AdverseImpact(MINIMUM_GROUP, FOUR_FIFTHS, rates, suppressedGroups, suppressedDecisions, withoutGroup);
    }

    /** The entries of a map of id to dated document (promotions, completions, decisions) dated by {@code asOf}. */
    private static List<Document> dated(Document person, String field, LocalDate asOf) {
        return person.get(field, new Document()).values().stream().map(Document.class::cast)
                     .filter(entry -> byThen(entry.getString("on"), asOf))
                     .toList();
    }

    /** Whether an ISO date is on or before {@code asOf}; every date is, without one. */
    private static boolean byThen(String isoDate, LocalDate asOf) {
        return asOf == null || !LocalDate.parse(isoDate).isAfter(asOf);
    }

    private static double average(List<Long> values) {
        return values.stream().mapToLong(Long::longValue).average().orElse(0);
    }

    private static double median(List<Long> sorted) {
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2.0;
    }

    private static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
