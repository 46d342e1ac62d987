package io.careerhistory.query.mentorship;

import io.careerhistory.events.framework.FrameworkVersionPublishedEvent;
import io.careerhistory.events.framework.LevelDefinition;
import io.careerhistory.events.mentorship.MentorshipKind;
import io.careerhistory.query.common.NotFound;
import io.careerhistory.query.directory.DirectoryCard;
import io.careerhistory.query.directory.DirectoryRepository;
import io.careerhistory.query.framework.FrameworkRepository;
import io.careerhistory.readiness.FrameworkVersions;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Suggests mentors for a mentee: only current employees whose rank fits the kind (above for classic, below for
 * reverse, as the match itself requires), scored by skills that fit the topic and that they share with the mentee,
 * by how many people they mentor now, and by coming from another team or track. Each score comes with its reasons.
 */
@Service
public class MentorSuggestions {

    static final int TOPIC_SKILL = 5;
    static final int SHARED_SKILL = 2;
    static final int PER_MENTEE_NOW = 2;
    static final int OTHER_TEAM = 2;
    static final int OTHER_TRACK = 1;

    private final DirectoryRepository directory;
    private final FrameworkRepository framework;

    public MentorSuggestions(DirectoryRepository directory, FrameworkRepository framework) {
        this.directory = directory;
        this.framework = framework;
    }

    public List<MentorSuggestion> suggest(String menteeId, String topic, MentorshipKind kind, LocalDate on, int limit) {
        DirectoryCard mentee = directory.find(menteeId).orElseThrow(() -> new NotFound("No employee " + menteeId));
        FrameworkVersionPublishedEvent inForce = framework.all().inForceOn(on)
                                                          .orElseThrow(() -> new NotFound("No framework in force on " + on));
        Integer menteeRank = rank(inForce, mentee).orElseThrow(
                () -> new NotFound("Level " + mentee.level() + " of " + mentee.track() + " is not in the framework"));
        Set<String> topicWords = words(topic);
        List<MentorSuggestion> suggestions = new ArrayList<>();
        for (DirectoryCard candidate : directory.findAll()) {
            Optional<Integer> rank = rank(inForce, candidate);
            if (candidate.employeeId().equals(menteeId) || !candidate.employed() || rank.isEmpty()
                    || !fits(kind, rank.get(), menteeRank)) {
                continue;
            }
            suggestions.add(score(mentee, candidate, topicWords, kind));
        }
        suggestions.sort(Comparator.comparingInt(MentorSuggestion::score).reversed()
                                   .thenComparing(MentorSuggestion::name, Comparator.nullsLast(Comparator.naturalOrder()))
                                   .thenComparing(MentorSuggestion::employeeId));
        return suggestions.subList(0, Math.min(limit, suggestions.size()));
    }

    private static MentorSuggestion score(DirectoryCard mentee, DirectoryCard mentor, Set<String> topicWords,
                                          MentorshipKind kind) {
        List<String> reasons = new ArrayList<>();
        int score = 0;
        reasons.add((kind == MentorshipKind.CLASSIC ? "ranks above: " : "ranks below (reverse mentoring): ")
                            + mentor.level() + " to " + mentee.level());
        Set<String> onTopic = new TreeSet<>(mentor.skills().stream().filter(s -> !disjoint(words(s), topicWords)).toList());
        if (!onTopic.isEmpty()) {
            score += TOPIC_SKILL * onTopic.size();
            reasons.add("knows the topic: " + String.join(", ", onTopic));
        }
        Set<String> shared = new TreeSet<>(mentor.skills());
        shared.retainAll(mentee.skills());
        if (!shared.isEmpty()) {
            score += SHARED_SKILL * shared.size();
            reasons.add("shares " + shared.size() + " skill" + (shared.size() == 1 ? "" : "s") + ": " + String.join(", ", shared));
        }
        score -= PER_MENTEE_NOW * mentor.mentoringNow();
        reasons.add(mentor.mentoringNow() == 0 ? "mentors nobody now" : "mentors " + mentor.mentoringNow() + " now");
        if (!mentor.team().equals(mentee.team())) {
            score += OTHER_TEAM;
            reasons.add("from another team: " + mentor.team());
        }
        if (!mentor.track().equals(mentee.track())) {
            score += OTHER_TRACK;
            reasons.add("from another track: " + mentor.track());
        }
        return new MentorSuggestion(mentor.employeeId(), mentor.name(), mentor.team(), mentor.track(), mentor.level(),
                                    score, List.copyOf(reasons));
    }

    private static boolean fits(MentorshipKind kind, int mentorRank, int menteeRank) {
        return kind == MentorshipKind.CLASSIC ? mentorRank > menteeRank : mentorRank < menteeRank;
    }

    private static Optional<Integer> rank(FrameworkVersionPublishedEvent framework, DirectoryCard card) {
        return FrameworkVersions.level(framework, card.track(), card.level()).map(LevelDefinition::rank);
    }

    /** The words of a text that say something: lower-case, three letters or more. */
    private static Set<String> words(String text) {
        Set<String> words = new TreeSet<>();
        if (text != null) {
            Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")).filter(w -> w.length() >= 3)
                  .forEach(words::add);
        }
        return words;
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        return a.stream().noneMatch(b::contains);
    }
}
