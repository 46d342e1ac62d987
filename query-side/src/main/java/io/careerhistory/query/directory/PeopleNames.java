package io.careerhistory.query.directory;

import io.careerhistory.events.PersonalData;
import org.springframework.stereotype.Component;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Names for the people a view refers to by id, looked up in the directory when the view is read: a view never copies
 * someone else's name, so an erasure shows everywhere at once (ADR 0008), and a name change too.
 */
@Component
public class PeopleNames {

    private final DirectoryRepository directory;

    public PeopleNames(DirectoryRepository directory) {
        this.directory = directory;
    }

    /**
     * The name of each of these employees the directory knows ({@value PersonalData#ERASED} for the erased); one
     * {@code _id $in} lookup, none for no ids; unknown ids and nulls are left out.
     */
    public Map<String, String> of(Collection<String> employeeIds) {
        List<String> ids = employeeIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return directory.findAll(ids).stream()
                        .filter(card -> card.name() != null)
                        .collect(Collectors.toMap(DirectoryCard::employeeId, DirectoryCard::name));
    }

    /** The text with the id, where it stands as a whole word, replaced by the name; unchanged without a name. */
    public static String naming(String text, String employeeId, Map<String, String> names) {
        String name = names.get(employeeId);
        if (name == null || text == null) {
            return text;
        }
        return wholeWord(employeeId).matcher(text).replaceFirst(Matcher.quoteReplacement(name));
    }

    /** Whether the id stands in the text as a whole word (ids are letters, digits, '-' and '_'). */
    public static boolean mentions(String text, String employeeId) {
        return text != null && employeeId != null && text.contains(employeeId) // cheap first: most titles name nobody
                && wholeWord(employeeId).matcher(text).find();
    }

    private static Pattern wholeWord(String employeeId) {
        return Pattern.compile("(?<![A-Za-z0-9_-])" + Pattern.quote(employeeId) + "(?![A-Za-z0-9_-])");
    }
}
