package io.careerhistory.query.search;

import io.careerhistory.events.PersonalData;
import io.careerhistory.query.directory.DirectoryCard;
import io.careerhistory.query.directory.DirectoryRepository;
import org.bson.Document;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Prefix search over the index: every word of the query must match a term of a result (a whole term scores
 * {@value #WHOLE_TERM}, a term it begins {@value #PREFIX}); people get {@value #PERSON_BONUS} more, so that a name
 * beats a course of the same words; among equals, the shorter label (fewer other words) first. The track, level and
 * team filters keep the people who match them.
 */
@Service
public class SearchService {

    static final int WHOLE_TERM = 3;
    static final int PREFIX = 1;
    static final int PERSON_BONUS = 1;

    private final SearchIndexRepository index;
    private final DirectoryRepository directory;

    public SearchService(SearchIndexRepository index, DirectoryRepository directory) {
        this.index = index;
        this.directory = directory;
    }

    public List<SearchHit> search(String query, String track, String level, String team, int limit) {
        Set<String> words = SearchTerms.of(query);
        if (words.isEmpty()) {
            throw new IllegalArgumentException("q needs a word of at least " + SearchTerms.MIN_PREFIX + " letters or digits");
        }
        Map<String, String> prefixOfWord = words.stream().collect(Collectors.toMap(
                Function.identity(), w -> w.length() > SearchTerms.MAX_PREFIX ? w.substring(0, SearchTerms.MAX_PREFIX) : w));
        List<Document> documents = index.find(prefixOfWord.values());
        Map<String, SearchHit> results = null;
        for (String word : words) {
            Map<String, SearchHit> matches = matches(word, prefixOfWord.get(word), documents);
            results = results == null ? matches : both(results, matches);
        }
        List<SearchHit> hits = named(List.copyOf(results.values()), track, level, team);
        return hits.stream()
                   .sorted(Comparator.comparingInt(SearchHit::score).reversed()
                                     .thenComparingInt(h -> h.label().length()) // the closer match: fewer other words
                                     .thenComparing(SearchHit::label, String.CASE_INSENSITIVE_ORDER)
                                     .thenComparing(SearchHit::id))
                   .limit(limit)
                   .toList();
    }

    /** The things with a term that the word is, or begins: keyed by type and id. */
    private static Map<String, SearchHit> matches(String word, String prefix, List<Document> documents) {
        Map<String, SearchHit> matches = new HashMap<>();
        for (Document document : documents) {
            String[] typeAndPrefix = document.getString("_id").split(":", 2);
            if (!typeAndPrefix[1].equals(prefix)) {
                continue;
            }
            String type = typeAndPrefix[0];
            document.get("hits", new Document()).values().forEach(value -> {
                Document hit = (Document) value;
                List<String> terms = termsOf(hit);
                int score = terms.contains(word) ? WHOLE_TERM : terms.stream().anyMatch(t -> t.startsWith(word)) ? PREFIX : 0;
                if (score > 0) {
                    int bonus = type.equals("person") ? PERSON_BONUS : 0;
                    matches.put(type + ":" + hit.getString("id"),
                                new SearchHit(type, hit.getString("id"), hit.getString("label"), null, score + bonus));
                }
            });
        }
        return matches;
    }

    /** The things both found, with their scores added (the person bonus counted once). */
    private static Map<String, SearchHit> both(Map<String, SearchHit> first, Map<String, SearchHit> second) {
        Map<String, SearchHit> both = new HashMap<>();
        first.forEach((key, hit) -> {
            SearchHit other = second.get(key);
            if (other != null) {
                int bonus = hit.type().equals("person") ? PERSON_BONUS : 0;
                both.put(key, new SearchHit(hit.type(), hit.id(), hit.label(), hit.detail(),
                                            hit.score() + other.score() - bonus));
            }
        });
        return both;
    }

    /** A thing's terms; a person's are those of their name and of every fact they are filed under. */
    @SuppressWarnings("unchecked")
    private static List<String> termsOf(Document hit) {
        List<String> terms = new ArrayList<>(hit.getList("terms", String.class, List.of()));
        hit.get("facts", new Document()).values().forEach(fact -> terms.addAll((List<String>) fact));
        return terms;
    }

    /**
     * People named from the directory, which also drops anyone erased (their facts replay, their name does not); with
     * a track, level or team, only the people who match it.
     */
    private List<SearchHit> named(List<SearchHit> hits, String track, String level, String team) {
        boolean filtered = track != null || level != null || team != null;
        List<String> people = hits.stream().filter(h -> h.type().equals("person")).map(SearchHit::id).toList();
        Map<String, DirectoryCard> cards = directory.findAll(people).stream()
                                                    .filter(card -> card.name() != null
                                                            && !PersonalData.ERASED.equals(card.name()))
                                                    .filter(card -> matches(track, card.track())
                                                            && matches(level, card.level())
                                                            && matches(team, card.team()))
                                                    .collect(Collectors.toMap(DirectoryCard::employeeId, card -> card));
        List<SearchHit> named = new ArrayList<>();
        for (SearchHit hit : hits) {
            DirectoryCard card = cards.get(hit.id());
            if (hit.type().equals("person") && card != null) {
                named.add(new SearchHit(hit.type(), hit.id(), card.name(), detail(card), hit.score()));
            } else if (!hit.type().equals("person") && !filtered) {
                named.add(hit);
            }
        }
        return named;
    }

    /** "Engineering E3 · Payments", and "left" for someone who has. */
    private static String detail(DirectoryCard card) {
        String role = card.track() + " " + card.level() + " · " + card.team();
        return card.employed() ? role : role + " · left";
    }

    private static boolean matches(String wanted, String actual) {
        return wanted == null || wanted.equalsIgnoreCase(actual);
    }
}
