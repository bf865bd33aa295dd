package dossier.annotation.acronyms;

import dossier.model.Names;
import java.util.regex.Pattern;

/**
 * What a word must look like to be an acronym: "ECOWAS", "MoU", "G5", "AU-PSC", "NGOs". Capitalised
 * words that are something else are not: roman numerals ("II", "VII"), ordinary capitalised words
 * ("Mali", "Al-Qaida"), a single letter ("I").
 */
public final class AcronymShape {

    private static final Pattern TOKEN = Pattern.compile("\\p{Lu}[\\p{L}\\p{N}&]*(?:-[\\p{L}\\p{N}&]+)*");
    private static final Pattern ROMAN = Pattern.compile("(?=[IVXL]+$)(XC|XL|L?X{0,3})(IX|IV|V?I{0,3})");

    private AcronymShape() {
    }

    public static boolean isAcronym(String word) {
        int upper = 0;
        int lower = 0;
        int digits = 0;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (Character.isUpperCase(c)) {
                upper++;
            } else if (Character.isLowerCase(c)) {
                lower++;
            } else if (Character.isDigit(c)) {
                digits++;
            }
        }
        // "MoU", "NGOs", "FAMa" have a lower-case letter or two; "Al-Qaida" and "Secretary-General" are words.
        boolean capitals = (upper >= 2 || upper == 1 && digits > 0) && lower <= 2 && lower < upper;
        return capitals && TOKEN.matcher(word).matches() && !ROMAN.matcher(word).matches();
    }

    /** "NGOs" → "NGO": the plural of an acronym names the same thing. */
    static String singular(String acronym) {
        if (acronym.length() > 2 && acronym.endsWith("s") && isAcronym(acronym.substring(0, acronym.length() - 1))) {
            return acronym.substring(0, acronym.length() - 1);
        }
        return acronym;
    }

    /** The fragment id of an entry: "MUJAO" → "mujao", "AU-PSC" → "au-psc". */
    static String id(String acronym) {
        String id = Names.slug(acronym);
        return id.isEmpty() ? "entry" : id;
    }
}
