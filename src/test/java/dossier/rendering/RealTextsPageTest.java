package dossier.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.corpus.RealTexts;
import dossier.model.Block;
import dossier.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/** The pages of the 23 real texts (the five sources and the GA-80 corpus): footnotes linked both ways, ids once each. */
class RealTextsPageTest {

    private static Stream<Block> all(List<Block> blocks) {
        return blocks.stream().flatMap(b -> Stream.concat(Stream.of(b), all(b.children())));
    }

    @Test
    void every_footnote_the_text_marks_is_linked_from_its_marker_and_back() {
        int footnotes = 0;
        for (RealTexts.Text text : RealTexts.all()) {
            Element page = DocumentHtml.render(text.document());
            Set<String> printed = new HashSet<>();
            for (Block footnote : text.document().blocks().stream().filter(b -> b.type() == Block.Type.FOOTNOTE).toList()) {
                printed.add(footnote.number());
            }
            Set<String> marked = new HashSet<>();
            all(text.document().blocks()).flatMap(b -> b.spans().stream()).filter(s -> s.kind() == Span.Kind.NOTE_REF)
                    .forEach(s -> marked.add(s.text()));
            for (String n : marked) {
                if (!printed.contains(n)) {
                    continue;  // a marker whose footnote the source lacks stays plain (and check says so)
                }
                footnotes++;
                assertThat(page.select("sup#fnref-" + n + " > a[href=#fn-" + n + "]")).as(text.name() + " marker " + n)
                        .singleElement().satisfies(a -> assertThat(a.attr("aria-label")).isEqualTo("footnote " + n));
                assertThat(page.select("#fn-" + n + " a.footnote-back[href=#fnref-" + n + "][data-added]"))
                        .as(text.name() + " footnote " + n + " links back").hasSize(1);
            }
            if (text.inCorpus()) {
                assertThat(marked).as(text.name() + ": every footnote printed is marked in the text").containsAll(printed);
                assertThat(printed).as(text.name() + ": every footnote of the source is read as one")
                        .hasSize(footnotesCounted(text.lines()));
            }
        }
        int counted = RealTexts.all().stream().mapToInt(t -> footnotesCounted(t.lines())).sum();
        assertThat(footnotes).as("footnotes linked both ways across the real texts, of those a proof-reader counts")
                .isEqualTo(counted).isPositive();
    }

    /** Footnotes counted as a proof-reader would: lines opening with the next footnote's number, 1, 2, 3 … */
    private static int footnotesCounted(List<String> lines) {
        int next = 1;
        for (String line : lines) {
            if (line.strip().matches(next + "\\s+\\S.*")) {
                next++;
            }
        }
        return next - 1;
    }

    @Test
    void markers_stand_where_the_footnote_evidence_puts_them() {
        String seven = DocumentHtml.render(RealTexts.named("A-RES-80-7.txt").document()).text();
        assertThat(seven).as("“A.2” names part of a resolution; the marker is on the footnote's page")
                .contains("GC(69)/RES/9 A.2, entitled").contains("15 to 19 September 2025;2 and");
        Element three = DocumentHtml.render(RealTexts.named("A-RES-80-3.txt").document());
        assertThat(three.select("sup.footnote-ref").eachText()).containsExactly(
                "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13", "14", "15", "16");
        assertThat(PageWords.of(three.getElementById("fnref-3").parent()))
                .contains("Decade 2014–20243 and provides");
    }

    /**
     * Teachers link to paragraphs of the five sources: every id their pages had before this reader read any
     * UN text (permanent-anchors.txt, taken from the pages then) is there still, in the same order, and none is added.
     */
    @Test
    void the_sources_keep_every_permanent_link_they_had() throws IOException {
        List<String> before;
        try (var in = RealTextsPageTest.class.getResourceAsStream("/dossier/reading/permanent-anchors.txt")) {
            before = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        assertThat(before).hasSize(5);
        for (String line : before) {
            String file = line.substring(0, line.indexOf(':'));
            List<String> ids = DocumentHtml.render(RealTexts.named(file).document()).select("[id]").eachAttr("id").stream()
                    .filter(id -> !id.startsWith("document-")).toList();
            assertThat(ids).as(file).containsExactlyElementsOf(List.of(line.substring(file.length() + 1).strip().split(" ")));
        }
    }

    @Test
    void no_id_is_given_twice_on_any_page() {
        for (RealTexts.Text text : RealTexts.all()) {
            Set<String> ids = new HashSet<>();
            for (Element element : DocumentHtml.render(text.document()).select("[id]")) {
                assertThat(ids.add(element.id())).as(text.name() + " #" + element.id()).isTrue();
            }
        }
    }
}
