package dossier.reading;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Joins two wrapped lines. A word split by a hyphen at the line end is rejoined as the dossier writes
 * it elsewhere: "counter-" + "insurgency" becomes "counterinsurgency" when that is the word the
 * dossier uses, "Secretary-" + "General" stays "Secretary-General". Without evidence either way the
 * hyphen is kept (nothing is lost) and the join is reported as undecided.
 */
final class Hyphenation {

    private static final Pattern LEFT = Pattern.compile("(\\p{L}[\\p{L}\\p{N}-]*)-$");
    private static final Pattern RIGHT = Pattern.compile("^(\\p{L}[\\p{L}\\p{N}]*)");

    private Hyphenation() {
    }

    /**
     * @param text      the joined text
     * @param undecided the hyphenated word when no evidence decided it
     */
    record Joined(String text, Optional<String> undecided) {
    }

    static Joined join(String left, String right, Vocabulary vocabulary) {
        // Only the last word can end in a hyphen: matching the whole paragraph so far made joining quadratic.
        int lastWord = left.length();
        while (lastWord > 0 && !Character.isWhitespace(left.charAt(lastWord - 1))) {
            lastWord--;
        }
        Matcher l = LEFT.matcher(left).region(lastWord, left.length());
        Matcher r = RIGHT.matcher(right);
        if (left.indexOf('-', lastWord) < 0 || !l.find() || !r.find()) {  // most lines end without a hyphen
            return new Joined(left + " " + right, Optional.empty());
        }
        String head = left.substring(0, left.length() - 1);
        String compound = l.group(1) + "-" + r.group(1);
        String closed = l.group(1) + r.group(1);
        int compoundCount = vocabulary.count(compound);
        int closedCount = vocabulary.count(closed);
        if (closedCount > compoundCount) {
            return new Joined(head + right, Optional.empty());
        }
        boolean evidence = compoundCount > 0 || Character.isUpperCase(r.group(1).charAt(0));
        return new Joined(head + "-" + right, evidence ? Optional.empty() : Optional.of(compound));
    }
}
