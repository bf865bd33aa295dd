package dossier.reading;

import static dossier.reading.InventedReport.afterTheOpening;
import static dossier.reading.InventedReport.read;
import static org.assertj.core.api.Assertions.assertThat;

import dossier.corpus.ScReports;
import dossier.model.Block;
import dossier.model.Document;
import dossier.rendering.DocumentHtml;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A map's words, left by the extractor as a scatter of short lines, kept whole and in order as a figure, apart from the text. */
class MapsTest {

    /** A map page's labels, then the cartographers' credit and the sea's name below it. */
    private static String[] endingWithTheCredit(String... labels) {
        return Stream.concat(Stream.of(labels), Stream.of("Map No. 4321 Rev. 2", "August 2008", "", "CARIBBEAN SEA"))
                .toArray(String[]::new);
    }

    private static List<Block> ofType(Document document, Block.Type type) {
        return document.blocks().stream().filter(b -> b.type() == type).toList();
    }

    @Test
    void the_page_of_a_map_credited_by_its_number_is_one_figure_after_the_text() {
        Document document = afterTheOpening(
                "",
                "2. I thank the troop-contributing countries.",
                "\fFREEDONIA",
                "",
                "Port-au-Roi",
                "",
                "SECTOR EAST",
                "",
                "19o",
                "",
                "Map No. 4321 Rev. 2",
                "August 2008",
                "",
                "Department of Field Support",
                "Cartographic Section",
                "",
                "The boundaries and names shown",
                "and the designations used on this map",
                "do not imply official endorsement",
                "or acceptance by the United Nations.",
                "",
                "CARIBBEAN SEA");
        assertThat(Outline.of(document.blocks())).endsWith(
                "PARAGRAPH #para-2 2. | I thank the troop-contributing countries.",
                "FIGURE | FREEDONIA Port-au-Roi SECTOR EAST 19o Map No. 4321 Rev. 2 August 2008 Department of Field Support "
                        + "Cartographic Section The boundaries and names shown and the designations used on this map do not "
                        + "imply official endorsement or acceptance by the United Nations. CARIBBEAN SEA");
        assertThat(DocumentHtml.render(document).select("figure").text()).startsWith("FREEDONIA Port-au-Roi");
    }

    /**
     * The cartographers' "UNITED NATIONS" by the credit is two words of the title, standing alone: not the title
     * repeated as a running head, and no page break that would cut the map in two.
     */
    @Test
    void a_map_label_made_of_title_words_is_the_maps_and_the_map_stays_whole() {
        Document document = read(endingWithTheCredit(
                "Report of the Secretary-General on the United Nations Mission in Freedonia",
                "",
                "1. The mission is deployed in three sectors.",
                "",
                "2. I thank the troop-contributing countries.",
                "\fFREEDONIA",
                "",
                "Port-au-Roi",
                "",
                "UNITED NATIONS",
                "",
                "SECTOR EAST",
                ""));
        assertThat(Outline.of(document.blocks())).endsWith(
                "PARAGRAPH #para-2 2. | I thank the troop-contributing countries.",
                "FIGURE | FREEDONIA Port-au-Roi UNITED NATIONS SECTOR EAST Map No. 4321 Rev. 2 August 2008 CARIBBEAN SEA");
    }

    /**
     * A map's scale ("0 / 2 / 4 km") leaves numbers alone on their lines: with the pages counted by form feeds, one in
     * the middle of the page is the map's even when it is the number of the page next to it.
     */
    @Test
    void the_numbers_of_a_maps_scale_are_its_words_not_page_numbers() {
        Document document = afterTheOpening(endingWithTheCredit(
                "\f2. I thank the troop-contributing countries.",
                "\f08-12345",
                "",
                "FREEDONIA",
                "",
                "0",
                "",
                "2",
                "",
                "4 km",
                ""));
        assertThat(Outline.of(document.blocks())).endsWith(
                "PARAGRAPH #para-2 2. | I thank the troop-contributing countries.",
                "FIGURE | FREEDONIA 0 2 4 km Map No. 4321 Rev. 2 August 2008 CARIBBEAN SEA");
    }

    /**
     * pdftotext prints the job number first on the map's page, then the scale: page 3 prints its folio "3" at its foot,
     * so the "5" by the job number is no folio.
     */
    @Test
    void a_number_of_a_maps_scale_under_the_job_number_is_the_maps_not_a_folio() {
        Document document = afterTheOpening(
                "\f2. I thank the troop-contributing countries.",
                "\f08-12345",
                "",
                "5",
                "",
                "0",
                "",
                "10 km",
                "",
                "FREEDONIA",
                "",
                "Map No. 4321 Rev. 2",
                "",
                "3");
        assertThat(Outline.of(document.blocks())).last().asString().isEqualTo("FIGURE | 5 0 10 km FREEDONIA Map No. 4321 Rev. 2");
    }

    @Test
    void a_map_after_a_table_leaves_the_table_and_a_sentence_naming_a_map_is_text() {
        Document document = read(
                "Report of the Secretary-General on the Freedonia mission",
                "",
                "1. The deployment is shown on the map in the annex; see",
                "Map No. 4321 of the Cartographic Section, which the Council has.",
                "",
                "Annex",
                "",
                "Country Women Men Total",
                "Benin 2 29 31",
                "Chad 1 3 4",
                "Togo 5 8 13",
                "Total 8 40 48",
                "",
                "Map No. 4321 Rev. 2",
                "SECTOR EAST",
                "CARIBBEAN SEA");
        assertThat(Outline.of(document.blocks())).contains("PARAGRAPH #para-1 1. | The deployment is shown on the map in the "
                + "annex; see Map No. 4321 of the Cartographic Section, which the Council has.");
        assertThat(document.report().tables()).isEqualTo(1);
        assertThat(Outline.of(document.blocks())).endsWith("  FIGURE | Map No. 4321 Rev. 2 SECTOR EAST CARIBBEAN SEA");
    }

    /**
     * Tika breaks a map's rotated labels into syllables, one a line, and its credit with them: the credit is found in the
     * pieces joined, and the whole run of pieces is one figure. Pieces with no credit among them are no map.
     */
    @Test
    void a_map_broken_into_syllables_one_a_line_is_known_by_its_credit_read_across_the_pieces() {
        List<String> labels = List.of("BR", "AZ", "IL", "", "UN", "MO", "", "Di", "li", "", "Ba", "uc", "au", "", "10", "", "20");
        List<String> credit = List.of("M", "ap", " N", "o.", " 4", "20", "9 ", "R", "ev", ". ", "8", "", "PA", "KI", "ST", "AN");
        Document mapped = afterTheOpening(Stream.concat(Stream.of("", "2. I thank the troop-contributing countries.", "FR", "EE"),
                Stream.concat(labels.stream(), credit.stream())).toArray(String[]::new));
        assertThat(Outline.of(mapped.blocks())).endsWith(
                "PARAGRAPH #para-2 2. | I thank the troop-contributing countries.",
                "FIGURE | FR EE BR AZ IL UN MO Di li Ba uc au 10 20 M ap N o. 4 20 9 R ev . 8 PA KI ST AN");
        Document unmapped = afterTheOpening(Stream.concat(Stream.of("", "2. I thank the troop-contributing countries.", "FR", "EE"),
                Stream.concat(labels.stream(), labels.stream())).toArray(String[]::new));
        assertThat(Outline.of(unmapped.blocks())).noneMatch(line -> line.startsWith("FIGURE"));
    }

    /** A chart's value axis, one value a line in equal steps down to 0, makes its page a figure; values not so do not. */
    @Test
    void a_charts_axis_in_equal_steps_down_to_0_makes_its_page_a_figure() {
        Document chart = afterTheOpening(
                "",
                "2. I thank the troop-contributing countries.",
                "\fCustoms duty   Sales tax   Total revenue",
                "6,000,000",
                "4,000,000",
                "2,000,000",
                "0",
                "Week Week Week",
                " 1    3    5");
        assertThat(Outline.of(chart.blocks())).endsWith("PARAGRAPH #para-2 2. | I thank the troop-contributing countries.",
                "FIGURE | Customs duty Sales tax Total revenue 6,000,000 4,000,000 2,000,000 0 Week Week Week 1 3 5");
        Document uneven = afterTheOpening(
                "",
                "2. I thank the troop-contributing countries.",
                "\fCustoms duty   Sales tax   Total revenue",
                "6,000,000",
                "5,000,000",
                "2,000,000",
                "0");
        assertThat(Outline.of(uneven.blocks())).noneMatch(line -> line.startsWith("FIGURE"));
        Document kosovo = ScReports.named("S-2000-538.txt").document();
        assertThat(ofType(kosovo, Block.Type.ANNEX).get(0).children()).filteredOn(b -> b.type() == Block.Type.FIGURE)
                .extracting(Block::text).containsExactly("Customs duty Sales tax Excise tax Total revenue 6,000,000 5,000,000 "
                        + "4,000,000 3,000,000 2,000,000 1,000,000 0 Week Week Week Week Week Week Week Week Week Week Week "
                        + "1 3 5 7 9 11 13 15 17 19 21");
    }

    @Test
    void the_sc_reports_maps_credited_by_number_are_figures() {
        for (String name : List.of("S-1999-514.txt", "S-2005-99.txt", "S-2008-586.txt", "S-2018-981.txt")) {
            Document document = ScReports.named(name).document();
            List<Block> figures = document.blocks().stream().flatMap(b -> b.type() == Block.Type.ANNEX
                    ? b.children().stream() : Stream.of(b)).filter(b -> b.type() == Block.Type.FIGURE).toList();
            assertThat(figures).as(name).hasSize(1);
            assertThat(figures.get(0).text().replace(" ", "")).as(name).contains("MapNo.");
        }
        Document haiti = ScReports.named("S-2008-586.txt").document();
        Block haitiMap = ofType(haiti, Block.Type.ANNEX).get(2).children().stream()
                .filter(b -> b.type() == Block.Type.FIGURE).findFirst().orElseThrow();
        assertThat(haitiMap.text()).as("the whole page, the cartographers' UNITED NATIONS kept")
                .startsWith("5 0 10 20 15 20 30 Jérémie").contains("DOMINICAN REPUBLIC um UNITED NATIONS Sa Map No. 4224");
        assertThat(ofType(haiti, Block.Type.ANNEX).get(2).children()).as("no map label left a paragraph")
                .noneMatch(b -> b.type() == Block.Type.PARAGRAPH && b.text().contains("TORTUE"));
        Document timor = ScReports.named("S-2005-99.txt").document();
        assertThat(ofType(timor, Block.Type.ANNEX).get(0).children()).as("the map, whole, is the last of the annex")
                .last().satisfies(last -> assertThat(last.text()).startsWith("C om or o Ba uc au").endsWith("PA KI ST AN")
                        .as("the scale's figures and the credit's, away from any page break, kept")
                        .contains("0 0 10 20 25 30 k m", "M ap N o. 4 20 9 R ev"));
        Document kosovo = ScReports.named("S-2018-981.txt").document();
        assertThat(ofType(kosovo, Block.Type.ANNEX).get(2).children()).as("the map is the last of Annex III")
                .last().satisfies(last -> assertThat(last.type()).isEqualTo(Block.Type.FIGURE))
                .satisfies(last -> assertThat(last.text()).contains("Kosovska Mitrovica")
                        .endsWith("THE FORMER YUGOSLAV REPUBLIC OF MACEDONIA"));
    }
}
