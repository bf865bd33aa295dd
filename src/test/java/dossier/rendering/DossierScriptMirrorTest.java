package dossier.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.corpus.RealTexts;
import dossier.model.AnchorLabels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * js/dossier.js names a run of paragraphs and writes its address from what the page gives it: the labels in the
 * permalinks' names ({@link DocumentHtml#PERMALINK_NAME} and {@link AnchorLabels}) and the anchors. The script
 * cannot import those rules; these tests hold its copies to them on every anchor of the real texts (the dossier's
 * sources and the GA corpus).
 */
class DossierScriptMirrorTest {

    private static String script;

    @BeforeAll
    static void readScript() throws IOException {
        script = Files.readString(Path.of("assets/js/dossier.js"));
    }

    private static String found(String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(script);
        assertThat(m.find()).as("dossier.js holds %s", pattern).isTrue();
        return m.group(1);
    }

    @Test
    void a_place_is_named_by_the_label_the_build_puts_in_its_permalink() {
        String name = found("getAttribute\\(\"aria-label\"\\)\\.replace\\(/\\^([^/]*)/, \"\"\\)");

        assertThat(name).isEqualTo(DocumentHtml.PERMALINK_NAME);
    }

    @Test
    void a_runs_address_splits_back_into_the_anchors_of_its_two_ends() {
        String run = found("var RUN = \"([^\"]+)\";");
        String directive = found("var DIRECTIVE = \"([^\"]+)\";");

        for (RealTexts.Text text : RealTexts.all()) {
            List<String> anchors = text.document().anchors();
            for (int i = 1; i < anchors.size(); i++) {
                String first = anchors.get(i - 1);
                String last = anchors.get(i);
                assertThat((first + run + last).split(Pattern.quote(run), -1)).as("%s: %s to %s", text.name(), first, last)
                        .containsExactly(first, last);
                assertThat(first).as(text.name()).doesNotContain(directive);
            }
        }
    }

    /**
     * "paras. 4–10": the script names a run of two paragraphs of one part by the part once and both numbers,
     * found by its pattern in their labels. Two anchors are of one part when they differ only in the paragraph's
     * number and sub-items ("annex-para-3", "annex-para-5"); the script must see the same part in their labels, and
     * never one part in the labels of two ("para-12" and "annex-para-3" are named apart). An unnumbered paragraph
     * ("p-2", "para. 2 (unnumbered)") is no paragraph of a part: "paras. 5–2 (unnumbered)" would misname the run.
     */
    @Test
    void a_run_of_paragraphs_of_one_part_is_named_once_with_both_numbers() {
        Pattern paragraph = Pattern.compile(found("var NUMBERED = /([^\\n]+)/;\n"));
        String plural = found("a\\[1\\] \\+ \"([^\"]+)\" \\+ a\\[2\\]");
        Pattern part = Pattern.compile("(.*?(?:para-|pp-))\\d+(?:-[a-z0-9]+)*");
        int named = 0;
        for (RealTexts.Text text : RealTexts.all()) {
            Map<String, String> partOfName = new HashMap<>();
            Map<String, String> nameOfPart = new HashMap<>();
            for (String anchor : text.document().anchors()) {
                Matcher inPart = part.matcher(anchor);
                Matcher label = paragraph.matcher(AnchorLabels.label(anchor));
                assertThat(label.matches()).as("%s: %s names a paragraph: '%s'", text.name(), anchor, AnchorLabels.label(anchor))
                        .isEqualTo(inPart.matches());
                if (inPart.matches()) {
                    String was = partOfName.putIfAbsent(label.group(1), inPart.group(1));
                    assertThat(was == null ? inPart.group(1) : was).as("%s: the part '%s' of %s", text.name(), label.group(1), anchor)
                            .isEqualTo(inPart.group(1));
                    String wasNamed = nameOfPart.putIfAbsent(inPart.group(1), label.group(1));
                    assertThat(wasNamed == null ? label.group(1) : wasNamed).as("%s: %s", text.name(), anchor).isEqualTo(label.group(1));
                    named++;
                }
            }
        }
        assertThat(named).as("paragraphs named, more than one a text").isGreaterThan(RealTexts.all().size());
        assertThat(plural + "4\u201310").isEqualTo("paras. 4\u201310");
    }
}
