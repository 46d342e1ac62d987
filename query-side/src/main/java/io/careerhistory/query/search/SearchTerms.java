package io.careerhistory.query.search;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;

/** How text becomes search terms: lower-case words of letters and digits, two characters or more. */
final class SearchTerms {

    /** The shortest prefix looked up, and the longest one indexed (a longer query word is checked against the terms). */
    static final int MIN_PREFIX = 2;
    static final int MAX_PREFIX = 16;

    private SearchTerms() {
    }

    static Set<String> of(String text) {
        Set<String> terms = new LinkedHashSet<>();
        if (text != null) {
            Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                  .filter(word -> word.length() >= MIN_PREFIX)
                  .forEach(terms::add);
        }
        return terms;
    }

    /** The prefixes under which a term is indexed: from two characters up to {@link #MAX_PREFIX}. */
    static Set<String> prefixes(String term) {
        Set<String> prefixes = new LinkedHashSet<>();
        for (int length = MIN_PREFIX; length <= Math.min(term.length(), MAX_PREFIX); length++) {
            prefixes.add(term.substring(0, length));
        }
        return prefixes;
    }
}
