package dossier.reading;

import java.util.regex.Pattern;

/** Page furniture that PDF extraction leaves in the text: running heads, job numbers, page numbers. */
final class Furniture {

    private static final Pattern LINE = Pattern.compile(String.join("|",
            "\\s*[A-Z]{1,3}(/[A-Z0-9.]+)*/\\d{1,5}(/[A-Za-z0-9.]+)*\\s*",  // running head: a symbol alone
            "\\s*\\d{2}-\\d{5}(\\s*\\(E\\))?(\\s+\\d{6})?\\s*",            // job number "12-66061 (E) 211212"
            "\\s*\\*\\d{7,}\\*\\s*",                                        // barcode "*1266061*"
            "\\s*\\d{1,3}(/\\d{1,3})?\\s*",                                 // page number "22", "2/2"
            "\\s*\\d{1,3}(/\\d{1,3})?\\s+\\d{2}-\\d{5}\\s*",                // "7 12-66061", "2/2 23-12564"
            "\\s*\\d{2}-\\d{5}\\s+\\d{1,3}\\s*",                            // "12-66061 4"
            "\\s*_{4,}\\s*"));                                             // footnote rule

    private Furniture() {
    }

    static boolean isFurnitureLine(String line) {
        return LINE.matcher(line).matches();
    }
}
