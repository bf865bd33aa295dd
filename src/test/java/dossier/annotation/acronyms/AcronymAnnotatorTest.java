package dossier.annotation.acronyms;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.annotation.Ledger;
import dossier.model.Block;
import dossier.model.Document;
import dossier.model.DocumentKind;
import dossier.model.Metadata;
import dossier.model.ReadingReport;
import dossier.model.SmallReports;
import dossier.model.Span;
import dossier.annotation.references.ReferenceAnnotator;
import dossier.rendering.DocumentHtml;
import dossier.rendering.DocumentAsides;
import dossier.rendering.PageWords;
import dossier.rendering.RenderedText;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AcronymAnnotatorTest {

    @TempDir
    Path content;

    private static Document document(String slug, LocalDate date, String... paragraphs) {
        return SmallReports.report(slug, date, paragraphs);
    }

    /** The annotator of the last glossary learned, every document annotated once, as the build leaves it. */
    private AcronymAnnotator annotator;

    /** The glossary as the build learns it: from the documents, then with the uses their pages mark. */
    private Glossary learn(Document... documents) {
        annotator = Glossary.learn(List.of(documents), content).annotator(new Ledger());
        for (Document document : documents) {
            RenderedText.of(document, List.of(annotator));
        }
        return annotator.withUses();
    }

    private static Element annotated(Glossary glossary, Document document) {
        Element text = RenderedText.of(document, List.of(glossary.annotator(new Ledger())));
        return text;
    }

    private void editorFile(String yaml) throws IOException {
        Files.writeString(content.resolve("glossary.yml"), yaml);
    }

    @Test
    void each_use_is_an_abbr_with_its_expansion_linked_to_its_entry_but_not_inside_its_own_definition() {
        Document report = document("report", LocalDate.of(2012, 11, 28),
                "the Economic Community of West African States (ECOWAS) appointed a mediator.",
                "ECOWAS’s mediator met the ECOWAS-led mission; ECOWAS's partners agreed.");
        Glossary glossary = learn(report);
        Element text = annotated(glossary, report);

        assertThat(text.getElementById("para-1").select("[data-entry]")).isEmpty();
        List<Element> uses = text.getElementById("para-2").select("a.acronym");
        assertThat(uses).hasSize(3).allSatisfy(a -> {
            assertThat(a.attr("href")).isEqualTo("../glossary.html#ecowas");
            assertThat(a.attr("data-expansion")).isEqualTo("Economic Community of West African States");
            assertThat(a.selectFirst("abbr").attr("title")).isEqualTo("Economic Community of West African States");
            assertThat(a.text()).isEqualTo("ECOWAS");
        });
        // The words are the source's words, in order: marking changes no text.
        assertThat(PageWords.of(text.getElementById("para-2"))).isEqualTo(report.blocks().get(1).text());
    }

    @Test
    void a_plural_is_a_use_and_the_whole_word_is_marked() {
        Document document = document("d", null, "with non-governmental organizations (NGOs) and other NGOs; an NGO");
        Glossary glossary = learn(document);

        assertThat(annotated(glossary, document).select("abbr")).extracting(Element::text).containsExactly("NGOs", "NGO");
        assertThat(glossary.entry("ngo").orElseThrow().expansion()).isEqualTo("non-governmental organizations");
    }

    @Test
    void an_acronym_takes_its_meaning_from_another_document_and_the_uses_are_counted_per_paragraph() {
        Document defines = document("early", LocalDate.of(2012, 1, 1), "a force of the African Union (AU) was sent.");
        Document uses = document("late", LocalDate.of(2013, 1, 1), "The AU met.", "The AU and the AU again.");
        Glossary glossary = learn(uses, defines);
        Element text = annotated(glossary, uses);

        assertThat(text.select("abbr").eachAttr("title")).containsOnly("African Union").hasSize(3);
        GlossaryEntry au = glossary.entry("au").orElseThrow();
        assertThat(au.definitions()).extracting(DocumentParagraph::slug, DocumentParagraph::anchor).containsExactly(org.assertj.core.groups.Tuple.tuple("early", "para-1"));
        assertThat(au.uses()).singleElement().satisfies(u -> {
            assertThat(u.slug()).isEqualTo("late");
            assertThat(u.count()).isEqualTo(3);
            assertThat(u.paragraphs()).extracting(p -> p.place().anchor(), DocumentUses.InParagraph::count)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("para-1", 1), org.assertj.core.groups.Tuple.tuple("para-2", 2));
        });
        assertThat(glossary.notInEditorFile()).containsExactly("AU");
    }

    @Test
    void a_long_form_written_out_is_a_use_of_its_entry_and_the_longest_form_wins() throws IOException {
        editorFile("""
                acronyms:
                  MINUSMA:
                    expansion: United Nations Multidimensional Integrated Stabilization Mission in Mali
                  UN:
                    expansion: United Nations
                """);
        Document resolution = document("res", null,
                "the reports prepared by the United\nNations Multidimensional Integrated Stabilization Mission in Mali in fulfilment");
        Glossary glossary = learn(resolution);
        Element text = annotated(glossary, resolution);

        assertThat(text.select("[data-entry]")).singleElement().satisfies(a -> {
            assertThat(a.attr("data-entry")).isEqualTo("minusma");
            assertThat(a.attr("data-expansion")).isEqualTo("MINUSMA");
            assertThat(a.hasClass("acronym-long")).isTrue();
        });
        assertThat(glossary.entry("minusma").orElseThrow().useCount()).isEqualTo(1);
        assertThat(glossary.entry("un").orElseThrow().useCount()).isZero();
    }

    @Test
    void aliases_lead_to_one_entry() throws IOException {
        editorFile("""
                acronyms:
                  MUJAO:
                    aliases: [MUJWA]
                    expansion:
                      en: Movement of Unity and Jihad in Western Africa
                      fr: Mouvement pour l’unicité et le jihad en Afrique de l’Ouest
                """);
        Document french = document("fr", LocalDate.of(2012, 1, 1), "Ansar Dine and MUJAO drove them out.");
        Document english = document("en", LocalDate.of(2012, 2, 1),
                "the listing of Movement of Unity and Jihad in Western Africa (MUJWA) on the list; MUJWA has");
        Glossary glossary = learn(french, english);

        assertThat(glossary.entries()).singleElement().satisfies(e -> {
            assertThat(e.acronym()).isEqualTo("MUJAO");
            assertThat(e.aliases()).containsExactly("MUJWA");
            assertThat(e.useCount()).isEqualTo(2);
        });
        assertThat(annotated(glossary, english).select("a.acronym").eachAttr("href")).containsExactly("../glossary.html#mujao");
        // Each document's aside names the acronym as that document writes it.
        assertThat(DocumentAsides.acronyms(glossary, english)).asList().map(Object::toString)
                .containsExactly("{id=mujao, acronym=MUJWA, expansion=Movement of Unity and Jihad in Western Africa, count=1, defined=true}");
        assertThat(glossary.notInEditorFile()).isEmpty();
    }

    @Test
    void capitals_that_are_not_acronyms_are_neither_marked_nor_reported() throws IOException {
        editorFile("""
                acronyms:
                  UN:
                    expansion: United Nations
                  PRST:
                    expansion: Presidential statement
                """);
        Document document = document("d", null,
                "UNITED NATIONS",
                "II. Developments since January",
                "I have the honour to refer to Chapter VII; its statement (S/PRST/2012/7) of March.",
                "(Signed) BAN Ki-moon",
                "written off 400 billion CFA francs; the UN and the UNDP.");
        Glossary glossary = learn(document);
        Element text = annotated(glossary, document);

        assertThat(text.select("abbr")).extracting(Element::text).containsExactly("UN");
        assertThat(glossary.unexplained()).containsOnlyKeys("CFA", "UNDP");
        assertThat(glossary.unexplained().get("CFA")).containsExactly("d");
    }

    @Test
    void a_word_the_document_also_writes_in_small_letters_is_not_reported_in_capitals() throws IOException {
        Document document = document("d", null,
                "1. Troops of Jordan and Nepal were deployed in Haiti; the MINUSTAH force grew.",
                "Map: HAITI",
                "NEPAL (-) Savenette",
                "JORDAN (-) Thomazeau");
        Glossary glossary = learn(document);

        assertThat(glossary.unexplained()).containsOnlyKeys("MINUSTAH");
    }

    @Test
    void a_use_is_counted_under_the_closest_anchor_and_inside_a_reference_gets_no_second_link() {
        Document letter = new Document("letter", new Metadata("", "Letter", LocalDate.of(2012, 10, 23), DocumentKind.LETTER, "Security Council", List.of()),
                List.of(Block.paragraph("p-1", "I have the honour to transmit a letter dated 12 October 2012 (see annex)."),
                        Block.paragraph("annex", "Annex"),
                        Block.paragraph("annex-p-1", "Letter dated 12 October 2012 from the interim President of Mali to the Secretary-General")),
                new ReadingReport(3, 0, 0, List.of()));
        Document document = new Document("d", new Metadata("S/d", "Title d", LocalDate.of(2012, 12, 1), DocumentKind.REPORT, "Security Council", List.of()),
                List.of(Block.paragraph("para-1", "the North Atlantic Treaty Organization (NATO) intervened"),
                        new Block(Block.Type.PARAGRAPH, "para-3", "", List.of(new Span(Span.Kind.ITEM, "(a)"),
                                Span.text(" NATO, see the letter of the NATO Council dated 12 October 2012")), 0, List.of())),
                new ReadingReport(2, 0, 0, List.of()));
        Glossary glossary = Glossary.learn(List.of(letter, document), content);
        Ledger ledger = new Ledger();
        AcronymAnnotator acronyms = glossary.annotator(ledger);

        Element text = RenderedText.of(document, List.of(ReferenceAnnotator.learn(List.of(letter, document), ledger), acronyms));

        assertThat(text.select("#para-3 > a.acronym")).hasSize(1);
        assertThat(text.select("a.ref abbr.acronym[title]")).hasSize(1);
        assertThat(text.select("a.ref a")).isEmpty();
        assertThat(acronyms.withUses().in("d")).singleElement().satisfies(used -> assertThat(used.count()).isEqualTo(2));
    }

    @Test
    void the_aside_data_lists_what_the_document_spells_out_or_uses() {
        Document defines = document("d", null, "the North Atlantic Treaty Organization (NATO) intervened; NATO left.",
                "the African Union (AU) met.");
        Document uses = document("u", null, "The AU met again.");
        Glossary glossary = learn(defines, uses);

        assertThat(DocumentAsides.acronyms(glossary, defines)).asList().map(Object::toString).containsExactly(
                "{id=au, acronym=AU, expansion=African Union, count=0, defined=true}",
                "{id=nato, acronym=NATO, expansion=North Atlantic Treaty Organization, count=1, defined=true}");
        assertThat(DocumentAsides.acronyms(glossary, uses)).asList().map(Object::toString).containsExactly(
                "{id=au, acronym=AU, expansion=African Union, count=1, defined=false}");
    }
}
