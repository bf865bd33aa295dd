package dossier.annotation.acronyms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Every way the glossary's entries are written — acronyms, their aliases, their long forms — and where
 * a text writes one. The longest form wins where forms overlap ("Al-Qaida in the Islamic Maghreb" over
 * a shorter one); acronyms match whole words, in the plural too ("NGOs"), but not inside a document
 * symbol ("S/PRST/2012/7"); long forms match with any spacing and either apostrophe.
 */
final class Lexicon {

    /** One written form of an entry. */
    record Term(String written, String entryId, boolean acronym) {
    }

    /** Where a text writes a term: [start, end). */
    record Match(int start, int end, Term term) {
    }

    /** Not inside a word, nor inside a document symbol ("S/PRST/2012/7"). */
    private static final String WORD_START = "(?<![\\p{L}\\p{N}/])";

    private final List<Term> terms;
    private final Map<String, String> entryOfAcronym = new HashMap<>();
    /** The first letters of all terms: the pattern is tried only where one stands, and most places hold none. */
    private final BitSet firsts;
    private final Pattern pattern;

    Lexicon(List<Term> terms) {
        this.terms = terms.stream().sorted(Comparator.comparingInt((Term t) -> t.written().length()).reversed()).toList();
        for (Term term : terms) {
            if (term.acronym()) {
                entryOfAcronym.putIfAbsent(term.written(), term.entryId());
            }
        }
        this.firsts = new BitSet();
        this.terms.forEach(t -> firsts.set(t.written().codePointAt(0)));
        this.pattern = this.terms.isEmpty() ? null : Pattern.compile(WORD_START + "(?:"
                + this.terms.stream().map(Lexicon::regex).collect(Collectors.joining("|")) + ")");
    }

    /** Every term, longest first. */
    List<Term> terms() {
        return terms;
    }

    /** A term where it stands; the start of a word is checked once for all terms, before them. */
    private static String regex(Term term) {
        if (term.acronym()) {
            return "(" + Pattern.quote(term.written()) + "(?:s)?)(?![\\p{L}\\p{N}/])";
        }
        String words = Arrays.stream(term.written().strip().split("\\s+"))
                .map(w -> Pattern.quote(w).replaceAll("['’]", "\\\\E['’]\\\\Q"))
                .collect(Collectors.joining("\\s+"));
        return "(" + words + ")(?![\\p{L}\\p{N}])";
    }

    /** Every term the text writes, left to right, the longest where several start at one place. */
    List<Match> find(String text) {
        List<Match> found = new ArrayList<>();
        if (pattern == null) {
            return found;
        }
        // Transparent bounds: the word-start check looks before the place tried.
        Matcher matcher = pattern.matcher(text).useTransparentBounds(true);
        int at = 0;
        while (at < text.length()) {
            if (!firsts.get(text.codePointAt(at)) || !matcher.region(at, text.length()).lookingAt()) {
                at++;
                continue;
            }
            for (int group = 1; group <= terms.size(); group++) {
                if (matcher.group(group) != null) {
                    found.add(new Match(matcher.start(group), matcher.end(group), terms.get(group - 1)));
                    break;
                }
            }
            at = matcher.end();
        }
        return found;
    }

    /** The entry an acronym (or its plural) names. */
    Optional<String> entryOf(String acronym) {
        return Optional.ofNullable(entryOfAcronym.getOrDefault(acronym, entryOfAcronym.get(AcronymShape.singular(acronym))));
    }
}
