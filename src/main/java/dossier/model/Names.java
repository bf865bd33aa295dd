package dossier.model;

import java.util.regex.Pattern;

/** How names become file names and fragment ids. */
public final class Names {

    private static final Pattern NOT_NAME = Pattern.compile("[^a-z0-9]+");
    private static final Pattern EDGE_HYPHENS = Pattern.compile("^-+|-+$");

    private Names() {
    }

    /**
     * A name fit for a file or a fragment id: folded ({@link Folding}: accents dropped, lower case), every
     * run of other characters one hyphen, none at either end ("Dossier Mali été" → "dossier-mali-ete"). It
     * holds only a-z, 0-9 and inner hyphens; empty when the name has no such letter or digit.
     */
    public static String slug(String name) {
        return EDGE_HYPHENS.matcher(NOT_NAME.matcher(Folding.fold(name)).replaceAll("-")).replaceAll("");
    }
}
