package dossier.annotation.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.annotation.Annotator;
import dossier.annotation.Ledger;
import dossier.annotation.notes.Note;
import dossier.annotation.notes.NoteAnnotator;
import dossier.annotation.acronyms.Glossary;
import dossier.model.Document;
import dossier.model.SmallReports;
import dossier.reading.SourceException;
import dossier.rendering.RenderedText;
import dossier.rendering.SubjectsPage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Small dossiers of their own: the registry's rules, matching, cross-references and index order. */
class DossierIndexTest {

    @TempDir
    Path content;

    /** Two entries of one heading, told apart by their qualifier: the country and the river. */
    private static final String TWO_NIGERS = """
            entries:
              - heading: Niger
                qualifier: country
                category: place
              - heading: Niger
                qualifier: river
                category: place
            """;

    private static Document document(String slug, LocalDate date, String... paragraphs) {
        return SmallReports.report(slug, date, paragraphs);
    }

    private DossierIndex learn(String registry, Document... documents) throws IOException {
        Files.writeString(content.resolve("index.yml"), registry);
        return annotated(List.of(documents));
    }

    /** The index learned from the model, then every page annotated as the build's one pass does, with the other annotators given. */
    private DossierIndex annotated(List<Document> documents, Annotator... others) {
        DossierIndex index = DossierIndex.learn(documents, content, Glossary.learn(documents, content), new Ledger());
        List<Annotator> annotators = new ArrayList<>(List.of(others));
        annotators.add(index.annotator());
        documents.forEach(d -> RenderedText.of(d, annotators));
        return index;
    }

    private static List<String> anchors(DossierIndex index, String entryId) {
        return index.locators(entryId).stream().map(l -> l.slug() + "#" + l.anchor()).toList();
    }

    /** What the subjects page lists, letter after letter. */
    private static List<SubjectsPage.Item> items(DossierIndex index) {
        return new SubjectsPage(index).letters().stream().flatMap(l -> l.items().stream()).toList();
    }

    /** How the subjects page shows an entry. */
    private static SubjectsPage.View view(DossierIndex index, String entryId) {
        return items(index).stream().filter(i -> i.entry() != null && i.entry().entry().id().equals(entryId))
                .findFirst().orElseThrow().entry();
    }

    @Test
    void a_persons_heading_is_inverted_and_matched_in_running_order_longest_variant_first() throws IOException {
        DossierIndex index = learn("""
                entries:
                  - heading: Sanogo, Amadou Haya
                    category: person
                    variants: [Capt. Sanogo, Sanogo]
                """, document("r", LocalDate.of(2012, 11, 28),
                "Amadou Haya Sanogo took power.", "Later Capt. Sanogo chaired a committee.", "Sanogoville is a word of its own."));

        assertThat(anchors(index, "entry-sanogo-amadou-haya")).containsExactly("r#para-1", "r#para-2");
        assertThat(index.locators("entry-sanogo-amadou-haya").get(1).written()).isEqualTo("Capt. Sanogo");
        assertThatThrownBy(() -> learn("""
                entries:
                  - heading: Dioncounda Traoré
                    category: person
                """)).isInstanceOf(SourceException.class)
                .hasMessageContaining("index.yml:2:").hasMessageContaining("write 'Traoré, Dioncounda'");
    }

    @Test
    void accents_are_folded_and_an_editors_note_makes_no_locator() throws IOException {
        Files.writeString(content.resolve("index.yml"), """
                entries:
                  - heading: Ménaka
                    category: place
                """);
        List<Document> documents = List.of(document("r", LocalDate.of(2012, 1, 1), "Fighting in Menaka.", "Nothing here."));
        // An editor's note beside paragraph 2 is not the document's words.
        Note note = new Note(content.resolve("notes/n.md"), "note-n", "r", "para-2", "", "An editor writes of Ménaka.");
        DossierIndex index = annotated(documents, new NoteAnnotator(List.of(note)));

        assertThat(anchors(index, "entry-menaka")).containsExactly("r#para-1");
    }

    @Test
    void an_acronym_inside_another_entrys_variant_locates_both_entries_where_words_inside_a_name_do_not() throws IOException {
        DossierIndex index = learn("""
                entries:
                  - {heading: ECOWAS, category: organization}
                  - {heading: Security Council, category: organization}
                  - {heading: Peace and Security Council, category: organization}
                  - heading: Compaoré, Blaise
                    category: person
                    variants: [ECOWAS mediator]
                """, document("r", LocalDate.of(2012, 1, 1),
                "The ECOWAS mediator met the Peace and Security Council.", "ECOWAS met the Security Council."));

        assertThat(anchors(index, "entry-ecowas")).containsExactly("r#para-1", "r#para-2");
        assertThat(anchors(index, "entry-compaore-blaise")).containsExactly("r#para-1");
        assertThat(anchors(index, "entry-security-council")).containsExactly("r#para-2");
        assertThat(anchors(index, "entry-peace-and-security-council")).containsExactly("r#para-1");
    }

    @Test
    void a_homograph_counts_where_its_context_words_stand_and_the_plain_sense_elsewhere() throws IOException {
        DossierIndex index = learn(TWO_NIGERS + """
                    when: [river, banks]
                """, document("r", LocalDate.of(2012, 1, 1),
                "Refugees fled to the Niger and Mauritania.", "Boats on the banks of the Niger."));

        assertThat(anchors(index, "entry-niger-country")).containsExactly("r#para-1");
        assertThat(anchors(index, "entry-niger-river")).containsExactly("r#para-2");
        assertThat(new SubjectsPage(index).letters()).filteredOn(l -> l.label().equals("N")).singleElement()
                .satisfies(n -> assertThat(n.items()).extracting(i -> i.entry().entry().label())
                        .containsExactly("Niger (country)", "Niger (river)"));

        assertThatThrownBy(() -> learn(TWO_NIGERS)).isInstanceOf(SourceException.class).hasMessageContaining("index.yml:5:")
                .hasMessageContaining("'niger' is a variant of both");
    }

    @Test
    void see_and_see_also_name_entries_and_a_reference_to_nothing_stops_the_build_with_its_line() throws IOException {
        DossierIndex index = learn("""
                entries:
                  - heading: Timbuktu
                    category: place
                    variants: [Tombouctou]
                    see_also: [cultural heritage]
                  - heading: cultural heritage
                    category: subject
                  - heading: City of 333 saints
                    see: Timbuktu
                """, document("r", LocalDate.of(2012, 1, 1), "Sites in Tombouctou were destroyed."));

        List<SubjectsPage.Item> items = items(index);
        assertThat(items).filteredOn(i -> i.see() != null)
                .extracting(i -> i.see().text() + " → " + i.see().targets().get(0).label())
                .containsExactlyInAnyOrder("Tombouctou → Timbuktu", "City of 333 saints → Timbuktu");
        assertThat(items).filteredOn(i -> i.entry() != null && i.entry().entry().heading().equals("Timbuktu")).singleElement()
                .satisfies(i -> assertThat(i.entry().seeAlso()).extracting(SubjectsPage.Ref::label).containsExactly("cultural heritage"));
        assertThat(anchors(index, "entry-timbuktu")).containsExactly("r#para-1");

        assertThatThrownBy(() -> learn("""
                entries:
                  - heading: Timbuktu
                    category: place
                    see_also: [Atlantis]
                """)).isInstanceOf(SourceException.class).hasMessageContaining("index.yml:2:")
                .hasMessageContaining("sees also 'Atlantis', which is no entry's heading or variant");
        assertThatThrownBy(() -> learn("""
                entries:
                  - heading: Timbuktu
                    category: place
                  - heading: Tuareg rebellion
                    see: MNLA
                """)).isInstanceOf(SourceException.class).hasMessageContaining("index.yml:4:")
                .hasMessageContaining("sees 'MNLA'");
        assertThatThrownBy(() -> learn("""
                entries:
                  - heading: Gao
                    category: town
                """)).isInstanceOf(SourceException.class).hasMessageContaining("index.yml:3:")
                .hasMessageContaining("unknown category 'town' (known: person, place, organization, subject)");
        assertThatThrownBy(() -> learn("entries:\n  - heading: [Gao\n")).isInstanceOf(SourceException.class)
                .hasMessageContaining("index.yml:").hasMessageContaining("not valid YAML");
    }

    @Test
    void a_glossary_organization_is_an_entry_without_being_written_twice_and_a_sub_entry_files_under_its_parent() throws IOException {
        Document report = document("r", LocalDate.of(2012, 1, 1),
                "The Economic Community of West African States (ECOWAS) met.", "The ECOWAS Commission planned.", "ECOWAS-led talks.");
        DossierIndex index = learn("""
                entries:
                  - heading: ECOWAS Commission
                    category: organization
                    parent: ECOWAS
                """, report);

        IndexEntry ecowas = index.entries().stream().filter(e -> e.variants().contains("ECOWAS")).findFirst().orElseThrow();
        assertThat(ecowas.heading()).isEqualTo("Economic Community of West African States");
        assertThat(ecowas.category()).isEqualTo(Category.ORGANIZATION);
        // "ECOWAS Commission" is the sub-entry's, and names ECOWAS too: an acronym counts wherever it is written.
        assertThat(anchors(index, ecowas.id())).containsExactly("r#para-1", "r#para-2", "r#para-3");
        assertThat(anchors(index, "entry-ecowas-commission")).containsExactly("r#para-2");
        assertThat(view(index, ecowas.id()).subEntries()).extracting(v -> v.entry().heading()).containsExactly("ECOWAS Commission");
    }

    @Test
    void entries_file_word_by_word_with_accents_beside_their_letter_and_al_ignored() throws IOException {
        DossierIndex index = learn("""
                entries:
                  - {heading: Burkinabe, category: subject}
                  - {heading: Burkina Faso, category: place}
                  - {heading: Étienne, category: subject}
                  - {heading: Ezra, category: subject}
                  - {heading: Eagle, category: subject}
                  - {heading: al-Qaida, category: organization}
                  - {heading: Quartz, category: subject}
                  - {heading: Pan, category: subject}
                """);
        Map<String, List<String>> byLetter = new java.util.LinkedHashMap<>();
        new SubjectsPage(index).letters().forEach(l -> byLetter.put(l.label(), l.items().stream().map(i -> i.entry().entry().heading()).toList()));

        assertThat(byLetter.get("B")).containsExactly("Burkina Faso", "Burkinabe");
        assertThat(byLetter.get("E")).containsExactly("Eagle", "Étienne", "Ezra");
        assertThat(byLetter.get("Q")).containsExactly("al-Qaida", "Quartz");
        assertThat(byLetter.get("A")).isEmpty();
        assertThat(byLetter.keySet()).startsWith("A", "B", "C").contains("Z");
    }

    @Test
    void more_than_six_paragraphs_in_one_document_make_one_compact_run() throws IOException {
        String[] paragraphs = Stream.iterate(1, i -> i + 1).limit(8).map(i -> "Gao " + i + ".").toArray(String[]::new);
        DossierIndex index = learn("""
                entries:
                  - heading: Gao
                    category: place
                """, document("many", LocalDate.of(2012, 2, 1), paragraphs), document("few", LocalDate.of(2012, 1, 1), "In Gao."));

        SubjectsPage.View gao = view(index, "entry-gao");
        assertThat(gao.documents()).extracting(SubjectsPage.InDocument::document).containsExactly("S/few", "S/many");
        assertThat(gao.documents().get(0).compact()).isFalse();
        assertThat(gao.documents().get(0).links()).extracting(SubjectsPage.Link::label).containsExactly("S/few, para. 1");
        assertThat(gao.documents().get(1).compact()).isTrue();
        assertThat(gao.documents().get(1).links()).extracting(SubjectsPage.Link::label).startsWith("1", "2").hasSize(8);
        assertThat(gao.documents().get(1).links().get(3).href()).isEqualTo("documents/many.html#para-4");
    }

    @Test
    void check_proposes_recurring_capitalised_names_no_entry_covers_with_a_paragraph_each() throws IOException {
        Files.writeString(content.resolve("index.yml"), """
                not_indexed: [Council]
                entries:
                  - heading: Gao
                    category: place
                """);
        List<Document> documents = List.of(document("r", LocalDate.of(2012, 1, 1),
                "Furthermore, the Council met in Ouagadougou and in Gao.",
                "Furthermore, talks in Ouagadougou with the Council and Bilal Ag Acherif went on in Gao.",
                "On 6 November, Bilal Ag Acherif spoke. Gao."));

        List<String> report = IndexCandidates.report(documents, content);

        assertThat(report.get(0)).startsWith("Index candidates");
        assertThat(report.subList(1, report.size())).hasSize(2)
                .anySatisfy(line -> assertThat(line).matches(" +2 +Bilal Ag Acherif +e\\.g\\. S/r, para\\. 2"))
                .anySatisfy(line -> assertThat(line).matches(" +2 +Ouagadougou +e\\.g\\. S/r, para\\. 1"));
    }

    @Test
    void places_with_coordinates_are_drawn_to_scale_each_linked_to_its_entry() throws IOException {
        DossierIndex index = learn("""
                entries:
                  - {heading: Timbuktu, category: place, coordinates: [16.77, -3.01]}
                  - {heading: Bamako, category: place, coordinates: [12.64, -8.00]}
                  - {heading: Sahel, category: place}
                """, document("r", LocalDate.of(2012, 1, 1), "From Bamako to Timbuktu and Bamako."));

        PlaceMap map = index.map();
        assertThat(map.pins()).extracting(PlaceMap.Pin::id).containsExactlyInAnyOrder("entry-timbuktu", "entry-bamako");
        PlaceMap.Pin timbuktu = map.pins().stream().filter(p -> p.label().equals("Timbuktu")).findFirst().orElseThrow();
        PlaceMap.Pin bamako = map.pins().stream().filter(p -> p.label().equals("Bamako")).findFirst().orElseThrow();
        assertThat(timbuktu.x()).as("east of Bamako").isGreaterThan(bamako.x());
        assertThat(timbuktu.y()).as("north of Bamako").isLessThan(bamako.y());
        assertThat(map.pins()).allSatisfy(p -> assertThat(p.x()).isBetween(0.0, (double) map.width()))
                .allSatisfy(p -> assertThat(p.y()).isBetween(0.0, (double) map.height()));

        assertThatThrownBy(() -> learn("""
                entries:
                  - {heading: "Sanogo, Amadou Haya", category: person, coordinates: [1, 2]}
                """)).isInstanceOf(SourceException.class).hasMessageContaining("only a place has 'coordinates'");
        assertThatThrownBy(() -> learn("""
                entries:
                  - {heading: Gao, category: place, coordinates: [200, 2]}
                """)).isInstanceOf(SourceException.class).hasMessageContaining("index.yml:2:")
                .hasMessageContaining("[latitude, longitude]");
    }
}
