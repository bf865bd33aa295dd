package dossier.annotation.references;

import static dossier.model.SymbolSeries.ECONOMIC_AND_SOCIAL_COUNCIL;
import static dossier.model.SymbolSeries.GENERAL_ASSEMBLY;
import static dossier.model.SymbolSeries.HUMAN_RIGHTS_COUNCIL;
import static dossier.model.SymbolSeries.SECURITY_COUNCIL;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolutions named by number, the way UN texts cite them, turned into symbols. The form of the number
 * tells the body where it can: "2071 (2012)" is a Security Council resolution (S/RES/2071(2012)),
 * "1514 (XV)" an early General Assembly one. A "session/number" pair ("60/251", "21/25") needs the body:
 * from the words before it ("General Assembly resolution", "Human Rights Council resolution") or else
 * from the citing document's own body ("its resolutions 20/17 …" in a Human Rights Council text).
 * "resolutions" opens a list that runs to the end of the clause, whatever prose stands between its
 * items; a singular "resolution" takes only items joined by "and" or commas.
 */
final class ResolutionReferences {

    private static final Pattern KEYWORD = Pattern.compile(
            "(?:\\b(?<body>" + String.join("|", SECURITY_COUNCIL, GENERAL_ASSEMBLY, HUMAN_RIGHTS_COUNCIL, ECONOMIC_AND_SOCIAL_COUNCIL)
            + "|Assembly|Council)(?:,?\\s+in\\s+its|['’]s)?\\s+)?\\b(?<word>(?<plural>resolutions)|resolution)\\s+");
    private static final Pattern ITEM = Pattern.compile(
            "(?<![\\d/.,])(?:(?<number>\\d{1,4})\\s?\\((?<year>\\d{4})\\)|(?<early>\\d{1,4})\\s?\\((?<session>[IVXLC]+)\\)"
            + "|(?<first>\\d{1,4})/(?<second>\\d{1,4})(?![\\d/]))");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:,\\s*(?:and\\s+)?|\\s+and\\s+)");
    /** Where a list of resolutions ends: the end of the clause, or another kind of reference. */
    private static final Pattern LIST_END = Pattern.compile(
            ";|\\.(?:\\s|$)|\\b(?:resolutions?|decisions?|paragraphs?|" + SECURITY_COUNCIL + "|" + GENERAL_ASSEMBLY + ")\\b");

    private ResolutionReferences() {
    }

    static List<Mention> find(String text, String citingBody) {
        // Every match holds the word; a text without it need not be tried at every place.
        if (!text.contains("resolution")) {
            return List.of();
        }
        List<Mention> found = new ArrayList<>();
        Matcher keyword = KEYWORD.matcher(text);
        int from = 0;
        while (from < text.length() && keyword.find(from)) {
            // Transparent bounds: an item's look-behind and look-ahead see the text around the region.
            Matcher item = ITEM.matcher(text).useTransparentBounds(true).region(keyword.end(), text.length());
            if (!item.lookingAt()) {
                from = keyword.end("word");
                continue;
            }
            String body = bodyOf(keyword.group("body"), citingBody);
            add(found, keyword.start("word"), item, body);
            int end = item.end();
            if (keyword.group("plural") != null) {
                end = restOfList(text, item.end(), body, found);
            } else {
                Matcher separator = SEPARATOR.matcher(text);
                while (separator.region(end, text.length()).lookingAt()
                        && item.region(separator.end(), text.length()).lookingAt()) {
                    add(found, item.start(), item, body);
                    end = item.end();
                }
            }
            from = end;
        }
        return found;
    }

    /** Every further item up to the end of the clause; returns where the list stops. */
    private static int restOfList(String text, int from, String body, List<Mention> found) {
        Matcher stop = LIST_END.matcher(text);
        int limit = stop.find(from) ? stop.start() : text.length();
        Matcher item = ITEM.matcher(text).useTransparentBounds(true).region(from, limit);
        while (item.find()) {
            add(found, item.start(), item, body);
        }
        return limit;
    }

    private static void add(List<Mention> found, int start, Matcher item, String body) {
        symbolOf(item, body).ifPresent(symbol -> found.add(new Mention.Symbol(start, item.end(), symbol)));
    }

    private static Optional<String> symbolOf(Matcher item, String body) {
        if (item.group("number") != null) {
            return Optional.of("S/RES/" + item.group("number") + "(" + item.group("year") + ")");
        }
        if (item.group("early") != null) {
            String series = body.equals(ECONOMIC_AND_SOCIAL_COUNCIL) ? "E/RES/" : "A/RES/";
            return Optional.of(series + item.group("early") + "(" + item.group("session") + ")");
        }
        String pair = item.group("first") + "/" + item.group("second");
        boolean yearFirst = item.group("first").length() == 4;
        return switch (body) {
            case GENERAL_ASSEMBLY -> yearFirst ? Optional.empty() : Optional.of("A/RES/" + pair);
            case HUMAN_RIGHTS_COUNCIL -> yearFirst ? Optional.empty() : Optional.of("A/HRC/RES/" + pair);
            case ECONOMIC_AND_SOCIAL_COUNCIL -> yearFirst ? Optional.of("E/RES/" + pair) : Optional.empty();
            default -> Optional.empty();
        };
    }

    /**
     * The body a resolution comes from: named before it, or the citing document's own ("its
     * resolutions", or no body named). "the Council" or "the Assembly" is the citing body when that is
     * a council or the Assembly.
     */
    private static String bodyOf(String named, String citingBody) {
        if (named == null) {
            return citingBody;
        }
        return switch (named) {
            case "Assembly" -> GENERAL_ASSEMBLY;
            case "Council" -> citingBody.endsWith("Council") ? citingBody : "";
            default -> named;
        };
    }
}
