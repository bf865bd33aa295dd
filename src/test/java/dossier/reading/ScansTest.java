package dossier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The character scans that stand for a regex in the readers' hot paths give what the regex gives, on
 * random texts made of the characters where they could part ways: every whitespace of {@code \s}, runs of
 * spaces, whitespace outside {@code \s}, closing quotes and brackets, line breaks that {@code $} allows.
 */
class ScansTest {

    private static final String ALPHABET = "abZ.:?;,)[]\"“”’(\t\n\r\u000B\f\u00A0\u0085\u2028\uE000";
    private static final int TEXTS = 20_000;

    private static List<String> texts() {
        Random random = new Random(10);
        List<String> texts = new ArrayList<>(List.of("", " ", "  ", "a", " a", "a ", "a  b", "a   b", "a\tb"));
        for (int i = 0; i < TEXTS; i++) {
            StringBuilder text = new StringBuilder();
            int length = random.nextInt(12);
            for (int j = 0; j < length; j++) {
                text.append(random.nextInt(3) == 0 ? ' ' : ALPHABET.charAt(random.nextInt(ALPHABET.length())));
            }
            texts.add(text.toString());
        }
        return texts;
    }

    @Test
    void whitespace_pieces_and_single_spacing_are_those_of_the_regex() {
        for (String text : texts()) {
            assertThat(Whitespace.pieces(text)).as("pieces of '%s'", text).isEqualTo(text.split("\\s+").length);
            assertThat(Whitespace.single(text)).as("single of '%s'", text).isEqualTo(text.replaceAll("\\s+", " "));
        }
    }

    @Test
    void table_cells_start_where_the_regex_finds_them() {
        Pattern cell = Pattern.compile("\\S+(?: {1,2}\\S+)*");
        for (String text : texts()) {
            List<Integer> starts = new ArrayList<>();
            Matcher m = cell.matcher(text);
            while (m.find()) {
                starts.add(3 + m.start());
            }
            assertThat(Tables.cellSpans(new SourceLine(1, 3, text, false, false)).stream().map(span -> span[0]).toList())
                    .as("cells of '%s'", text)
                    .isEqualTo(starts);
        }
    }

    @Test
    void a_line_end_and_a_lower_case_start_are_those_of_the_regex() {
        Pattern terminal = Pattern.compile("[.;:,?!][\"”’)\\]]*$");
        Pattern continues = Pattern.compile("^[(\"“‘'\\[]*\\p{Ll}(?!\\p{Ll}{0,5}\\))");
        for (String text : texts()) {
            assertThat(Markers.terminal(text)).as("terminal '%s'", text).isEqualTo(terminal.matcher(text).find());
            assertThat(Markers.continues(text)).as("continues '%s'", text).isEqualTo(continues.matcher(text).find());
        }
    }

    @Test
    void a_markers_shapes_are_found_where_the_patterns_opening_with_a_lookbehind_find_them() {
        String ends = "(?=[\\s.,;:)’”\\uE000]|$)";
        Random random = new Random(10);
        List<String> pieces = List.of("a", "Zé", "1", "2", "12", "2012", "1990", "20", "0", ".", ",", ";", "’", "”", ")", " ",
                "  ", "\t", "\uE000", "*");
        for (String marker : List.of("1", "2", "11", "12", "*", "**")) {
            String n = Pattern.quote(marker);
            Pattern glued = Pattern.compile("(?<=\\p{L}[.,;:’”)]?|\\d[,;:’”)])" + n + ends);
            Pattern spaced = Pattern.compile("(?<=[\\p{L}.,;:’”)])\\s+" + n + "(?=\\s+[^\\d\\s]|\\s*$)");
            Pattern intoYear = Pattern.compile("(?<![\\d\\p{L}])(?:19|20)\\d\\d(" + n + ")" + ends);
            for (int i = 0; i < TEXTS; i++) {
                StringBuilder text = new StringBuilder();
                int length = random.nextInt(8);
                for (int j = 0; j < length; j++) {
                    text.append(pieces.get(random.nextInt(pieces.size())));
                }
                String t = text.toString();
                assertThat(hits(MarkerSearch.Shapes.glued(t, marker))).as("glued %s in '%s'", marker, t).isEqualTo(found(glued, t, 0));
                assertThat(hits(MarkerSearch.Shapes.spaced(t, marker))).as("spaced %s in '%s'", marker, t).isEqualTo(found(spaced, t, 0));
                assertThat(hits(MarkerSearch.Shapes.intoYear(t, marker))).as("year %s in '%s'", marker, t).isEqualTo(found(intoYear, t, 1));
            }
        }
    }

    private static List<String> hits(List<MarkerSearch.Shapes.Hit> hits) {
        return hits.stream().map(h -> h.start() + "-" + h.end()).toList();
    }

    private static List<String> found(Pattern pattern, String text, int group) {
        List<String> out = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            out.add(m.start(group) + "-" + m.end(group));
        }
        return out;
    }
}
