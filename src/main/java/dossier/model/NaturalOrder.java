package dossier.model;

import java.util.Comparator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Compares symbols as a reader sorts them: numbers by value, so S/RES/1325(2000) comes before S/RES/2071(2012) and 2/9 before 2/10. */
public enum NaturalOrder implements Comparator<String> {
    INSTANCE;

    private static final Pattern CHUNK = Pattern.compile("\\d+|\\D+");

    @Override
    public int compare(String a, String b) {
        Matcher left = CHUNK.matcher(a);
        Matcher right = CHUNK.matcher(b);
        while (left.find() && right.find()) {
            String l = left.group();
            String r = right.group();
            boolean lNumber = Character.isDigit(l.charAt(0));
            boolean rNumber = Character.isDigit(r.charAt(0));
            int order;
            if (lNumber && rNumber) {
                order = compareNumbers(l, r);
            } else if (lNumber != rNumber) {
                order = lNumber ? -1 : 1;
            } else {
                order = l.compareTo(r);
            }
            if (order != 0) {
                return order;
            }
        }
        return Integer.compare(a.length(), b.length());
    }

    /** Digit runs of any length (job numbers are long): by value, without parsing. */
    private static int compareNumbers(String l, String r) {
        String a = l.replaceFirst("^0+(?=.)", "");
        String b = r.replaceFirst("^0+(?=.)", "");
        return a.length() != b.length() ? Integer.compare(a.length(), b.length()) : a.compareTo(b);
    }
}
