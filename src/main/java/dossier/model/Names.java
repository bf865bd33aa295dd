package dossier.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** How names become file names and fragment ids: one rule for accents, one for slugs. */
public final class Names {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_NAME = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Names() {
    }

    /** The text with its accents dropped (and compatibility forms such as ligatures spelled out): "été" → "ete". */
    public static String withoutAccents(String text) {
        return MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFKD)).replaceAll("");
    }

    /**
     * A name fit for a file or a fragment id: accents dropped, lower case, every run of other characters
     * one hyphen, none at either end ("Dossier Mali été" → "dossier-mali-ete"). It holds only a-z, 0-9 and
     * inner hyphens; empty when the name has no such letter or digit.
     */
    public static String slug(String name) {
        String folded = withoutAccents(name).toLowerCase(Locale.ROOT);
        return EDGE_HYPHENS.matcher(NOT_NAME.matcher(folded).replaceAll("-")).replaceAll("");
    }
}
