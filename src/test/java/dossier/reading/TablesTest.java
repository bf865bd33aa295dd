package dossier.reading;

import static dossier.reading.InventedReport.afterTheOpening;
import static dossier.reading.InventedReport.read;
import static org.assertj.core.api.Assertions.assertThat;

import dossier.corpus.RealTexts;
import dossier.corpus.ScReports;
import dossier.model.Block;
import dossier.model.Document;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Tables as extractors leave them: aligned by spaces, one cell a line, one row a line; and prose that is none. */
class TablesTest {

    /** What stands between the report's opening and a table of its annex. */
    private static final String[] ANNEX_HEAD = {"", "Annex", "", "Freedonia mission: contributions", ""};

    private static Document withAnnex(String... table) {
        return afterTheOpening(Stream.concat(Stream.of(ANNEX_HEAD), Stream.of(table)).toArray(String[]::new));
    }

    private static List<String> tableOutline(Document document) {
        return Outline.of(document.blocks()).stream().filter(line -> line.strip().startsWith("TABLE")).toList();
    }

    @Test
    void a_table_aligned_by_spaces_with_a_centred_header_and_numbers_aligned_right_is_one_table() {
        Document document = withAnnex(
                "      Country                     Observers       Medical staff",
                " Argentina                               5",
                " Austria                                                  3",
                " Brazil                                 18",
                "       Total                            23                3");
        assertThat(Outline.of(document.blocks())).containsSequence(
                "  TABLE",
                "    TABLE_HEADER",
                "      TABLE_CELL | Country",
                "      TABLE_CELL | Observers",
                "      TABLE_CELL | Medical staff",
                "    TABLE_ROW",
                "      TABLE_CELL | Argentina",
                "      TABLE_CELL | 5",
                "      TABLE_CELL",
                "    TABLE_ROW",
                "      TABLE_CELL | Austria",
                "      TABLE_CELL",
                "      TABLE_CELL | 3");
        assertThat(tableOutline(document)).filteredOn(line -> line.endsWith("TABLE_ROW")).hasSize(4);
        assertThat(document.report().tables()).isEqualTo(1);
    }

    @Test
    void a_cell_wrapped_onto_its_own_line_stays_in_its_table() {
        Document document = withAnnex(
                "                 Type of equipment                    Number",
                " Weapons",
                "Small arms (rifles and",
                "light machine-guns)                                   1 665",
                "Mortars                                                 159");
        assertThat(tableOutline(document)).containsExactly(
                "  TABLE", "    TABLE_HEADER", "      TABLE_CELL | Type of equipment", "      TABLE_CELL | Number",
                "    TABLE_ROW", "      TABLE_CELL | Weapons", "      TABLE_CELL",
                "    TABLE_ROW", "      TABLE_CELL | Small arms (rifles and", "      TABLE_CELL",
                "    TABLE_ROW", "      TABLE_CELL | light machine-guns)", "      TABLE_CELL | 1 665",
                "    TABLE_ROW", "      TABLE_CELL | Mortars", "      TABLE_CELL | 159");
    }

    @Test
    void one_cell_a_line_under_a_header_is_a_table_and_its_lone_numbers_are_cells_not_footnote_markers_or_folios() {
        Document document = read(
                "\f" + InventedReport.TITLE,
                "",
                InventedReport.FIRST_PARAGRAPH,
                "",
                "Annex",
                "",
                "Freedonia mission: police (as at 11 January 2013)",
                "",
                "Country",
                "Number",
                "Belgium",
                "1",
                "Czech Republic",
                "1",
                "Ukraine",
                "2",
                "",
                "Total",
                "4",
                "",
                "\f");
        assertThat(tableOutline(document)).containsExactly(
                "  TABLE", "    TABLE_HEADER", "      TABLE_CELL | Country", "      TABLE_CELL | Number",
                "    TABLE_ROW", "      TABLE_CELL | Belgium", "      TABLE_CELL | 1",
                "    TABLE_ROW", "      TABLE_CELL | Czech Republic", "      TABLE_CELL | 1",
                "    TABLE_ROW", "      TABLE_CELL | Ukraine", "      TABLE_CELL | 2",
                "    TABLE_ROW", "      TABLE_CELL | Total", "      TABLE_CELL | 4");
        assertThat(document.report().oddities()).noneMatch(oddity -> oddity.contains("taken for a page number"));
    }

    /**
     * A report with no page break marked, its figures one a line between blank lines in a run the table reader does not
     * take (a label over more than one figure): no figure is a page number, none is lost.
     */
    @Test
    void figures_alone_on_their_lines_away_from_any_page_break_are_kept() {
        Document document = afterTheOpening("", "2. Troops by sector:", "", "North (infantry and engineers)", "", "20", "",
                "42", "", "South (infantry)", "", "38", "", "3. The troops stay.");
        String text = document.blocks().stream().map(b -> b.number() + " " + b.text()).reduce("", String::concat);
        assertThat(text).contains("20", "42", "38");
        assertThat(document.report().oddities()).noneMatch(oddity -> oddity.contains("taken for a page number"));
    }

    /** pdftotext prints a total's figures before its label: a row of figures alone ends the table, its label after it. */
    @Test
    void a_totals_figures_printed_before_its_label_are_the_tables_last_row() {
        Document document = withAnnex(
                "Country", "Women", "Men",
                "Benin", "2", "29",
                "Canada", "5", "13",
                "Togo", "4", "16",
                "11", "58",
                "Total",
                "",
                "Police officers");
        assertThat(tableOutline(document)).endsWith(
                "    TABLE_ROW", "      TABLE_CELL | Togo", "      TABLE_CELL | 4", "      TABLE_CELL | 16",
                "    TABLE_ROW", "      TABLE_CELL", "      TABLE_CELL | 11", "      TABLE_CELL | 58");
        Document more = withAnnex(
                "Country", "Women", "Men",
                "Benin", "2", "29",
                "Canada", "5", "13",
                "Togo", "4", "16",
                "11", "58", "69",
                "Total");
        assertThat(tableOutline(more)).doesNotContain("      TABLE_CELL | 11");
    }

    @Test
    void a_row_short_of_a_cell_stays_in_its_table_and_is_reported() {
        Document document = withAnnex(
                "Country", "Women", "Men",
                "Benin", "2", "29",
                "Canada", "5", "13",
                "Chad", "3",
                "Togo", "4", "16",
                "Total", "14", "58");
        assertThat(tableOutline(document)).containsSequence(
                "    TABLE_ROW", "      TABLE_CELL | Chad", "      TABLE_CELL | 3", "      TABLE_CELL",
                "    TABLE_ROW", "      TABLE_CELL | Togo");
        assertThat(document.report().oddities()).anyMatch(oddity -> oddity.contains("“Chad”") && oddity.contains("not known"));
    }

    @Test
    void one_row_a_line_with_single_spaces_is_a_table_whose_header_is_cut_only_where_its_words_match_the_columns() {
        Document cut = withAnnex(
                "Country Observers",
                "Albania 1",
                "Pakistan 7a",
                "United Kingdom of Great Britain and Northern Ireland 7",
                "Total 15");
        assertThat(tableOutline(cut)).containsSequence(
                "    TABLE_HEADER", "      TABLE_CELL | Country", "      TABLE_CELL | Observers",
                "    TABLE_ROW", "      TABLE_CELL | Albania", "      TABLE_CELL | 1",
                "    TABLE_ROW", "      TABLE_CELL | Pakistan", "      TABLE_CELL | 7a",
                "    TABLE_ROW", "      TABLE_CELL | United Kingdom of Great Britain and Northern Ireland", "      TABLE_CELL | 7");
        Document spanning = withAnnex(
                "Civilian police Troops Military observers Total",
                "Argentina - - - 0",
                "Australia 17 92 3 112",
                "Bolivia - - 2 2",
                "Total 17 92 5 114");
        assertThat(tableOutline(spanning)).containsSequence(
                "    TABLE_HEADER", "      TABLE_CELL | Civilian police Troops Military observers Total",
                "    TABLE_ROW", "      TABLE_CELL | Argentina", "      TABLE_CELL | -", "      TABLE_CELL | -");
        assertThat(spanning.report().oddities()).anyMatch(oddity -> oddity.contains("table header")
                && oddity.contains("not cut into its 5 columns"));
    }

    @Test
    void rows_under_column_heads_are_cut_where_they_print_a_figure_a_column_and_left_across_the_columns_where_not() {
        Document document = withAnnex(
                "Country Women Men Women Men",
                "Benin 2 29 0 0",
                "Canada 5 13",
                "Nepal 2 4 7 133",
                "India 140",
                "9 46 7 273",
                "Total 335");
        assertThat(tableOutline(document)).containsExactly(
                "  TABLE",
                "    TABLE_HEADER", "      TABLE_CELL | Country", "      TABLE_CELL | Women", "      TABLE_CELL | Men",
                "      TABLE_CELL | Women", "      TABLE_CELL | Men",
                "    TABLE_ROW", "      TABLE_CELL | Benin", "      TABLE_CELL | 2", "      TABLE_CELL | 29",
                "      TABLE_CELL | 0", "      TABLE_CELL | 0",
                "    TABLE_ROW", "      TABLE_CELL | Canada", "      TABLE_CELL | 5 13",
                "    TABLE_ROW", "      TABLE_CELL | Nepal", "      TABLE_CELL | 2", "      TABLE_CELL | 4",
                "      TABLE_CELL | 7", "      TABLE_CELL | 133",
                "    TABLE_ROW", "      TABLE_CELL | India", "      TABLE_CELL | 140",
                "    TABLE_ROW", "      TABLE_CELL", "      TABLE_CELL | 9", "      TABLE_CELL | 46",
                "      TABLE_CELL | 7", "      TABLE_CELL | 273",
                "    TABLE_ROW", "      TABLE_CELL | Total", "      TABLE_CELL | 335");
        assertThat(document.report().oddities()).anyMatch(oddity -> oddity.contains("“Canada”, “India”, “Total”")
                && oddity.contains("not known"));
    }

    /**
     * pdftotext {@code -raw}'s table: heads wrapped onto two lines, the lower in lower case, printed again on its next
     * page; figures grouped by spaces, cut where one way only makes as many numbers as columns; a name wrapped onto the
     * lines above its figures.
     */
    @Test
    void heads_wrapped_onto_two_lines_figures_grouped_by_spaces_and_a_wrapped_name_stay_in_their_columns() {
        Document document = withAnnex(
                "Military Civilian",
                "Country Troops observers police",
                "Argentina 862 7 23",
                "Bangladesh 1 242 42 37",
                "Belgium 878 6 0",
                "/...",
                "\fS/2001/999",
                "Military Civilian",
                "Country Troops observers police",
                "United Kingdom of",
                "Great Britain and",
                "Northern Ireland 3 273 19 0",
                "Total 37 915 684 803");
        assertThat(tableOutline(document)).containsSequence(
                "    TABLE_HEADER", "      TABLE_CELL | Country", "      TABLE_CELL | Troops", "      TABLE_CELL | observers",
                "      TABLE_CELL | police",
                "    TABLE_ROW", "      TABLE_CELL | Argentina", "      TABLE_CELL | 862", "      TABLE_CELL | 7", "      TABLE_CELL | 23",
                "    TABLE_ROW", "      TABLE_CELL | Bangladesh", "      TABLE_CELL | 1 242", "      TABLE_CELL | 42", "      TABLE_CELL | 37")
                .containsSequence("    TABLE_ROW", "      TABLE_CELL | United Kingdom of Great Britain and Northern Ireland",
                        "      TABLE_CELL | 3 273", "      TABLE_CELL | 19", "      TABLE_CELL | 0")
                .as("37 915 / 684 / 803 or 37 / 915 684 / 803: not known")
                .endsWith("    TABLE_ROW", "      TABLE_CELL | Total", "      TABLE_CELL | 37 915 684 803");
        assertThat(document.report().oddities()).anyMatch(oddity -> oddity.contains("“Total”"));
    }

    @Test
    void a_line_over_the_column_heads_printed_again_with_them_on_a_new_page_is_the_tables_first_header_row() {
        Document document = withAnnex(
                "Police officers Formed units",
                "Country Women Men Women Men",
                "Benin 2 29 0 0",
                "Chad 1 3 0 0",
                "",
                "Police officers Formed units",
                "Country Women Men Women Men",
                "Nepal 2 4 7 133",
                "Total 5 36 7 133");
        List<String> outline = tableOutline(document);
        assertThat(outline.subList(0, 5)).containsExactly("  TABLE", "    TABLE_HEADER",
                "      TABLE_CELL | Police officers Formed units", "    TABLE_HEADER", "      TABLE_CELL | Country");
        assertThat(outline).containsSequence("    TABLE_ROW", "      TABLE_CELL | Police officers Formed units",
                "    TABLE_ROW", "      TABLE_CELL | Country", "      TABLE_CELL | Women")
                .containsSequence("    TABLE_ROW", "      TABLE_CELL | Total", "      TABLE_CELL | 5");
        assertThat(document.report().tables()).isEqualTo(1);
        assertThat(Outline.of(document.blocks())).noneMatch(line -> line.contains("PARAGRAPH") && line.contains("Police"));
    }

    @Test
    void a_figure_wrapped_alone_under_a_tables_last_row_at_the_page_foot_is_the_tables_and_a_folio_there_is_not() {
        Document wrapped = withAnnex(
                "Country Women Men Women Men",
                "Benin 2 29 0 0",
                "Chad 1 3 0 0",
                "Nepal 2 4 7 133",
                "Total 280 700",
                "980",
                "",
                "S/2001/999",
                "",
                "01-23456  3/3");
        assertThat(tableOutline(wrapped)).endsWith("    TABLE_ROW", "      TABLE_CELL", "      TABLE_CELL | 980");
        Document folio = afterTheOpening(
                "S/2001/999",
                "Annex",
                "",
                "Country Women Men Women Men",
                "Benin 2 29 0 0",
                "Chad 1 3 0 0",
                "Total 3 32 0 0",
                "2",
                "S/2001/999",
                "Nepal 2 4 7 133");
        assertThat(tableOutline(folio)).containsSequence("      TABLE_CELL | Total", "      TABLE_CELL | 3", "      TABLE_CELL | 32",
                "      TABLE_CELL | 0", "      TABLE_CELL | 0", "    TABLE_ROW", "      TABLE_CELL | Nepal");
    }

    /** A one-cell line under an aligned table may be a cell wrapped; an annex's heading is not, and opens the next annex. */
    @Test
    void an_aligned_table_ends_before_the_next_annexs_heading() {
        Document document = withAnnex(
                "      Country                     Observers",
                " Argentina                               5",
                " Austria                                 3",
                " Brazil                                 18",
                "",
                "Annex II",
                " Freedonia mission: police",
                " Chile                                   4",
                " Denmark                                 7");
        assertThat(document.blocks()).filteredOn(b -> b.type() == Block.Type.ANNEX).extracting(Block::text)
                .containsExactly("Annex", "Annex II");
        assertThat(tableOutline(document)).doesNotContain("      TABLE_CELL | Annex II");
    }

    /**
     * pdftotext {@code -layout} leaves a single space where two cells of a wide table meet: figures of three-digit
     * groups run over three columns are cut into numbers of one width, figures run into words where they alternate
     * once a column; heads printed over the figure columns on lines of their own are header rows.
     */
    @Test
    void cells_run_together_over_columns_are_cut_and_heads_over_the_figure_columns_are_header_rows() {
        Document document = withAnnex(
                "                                  For the revised budget only",
                "                                                                        Balance",
                "Funded by      Donor           Planned      Pledged     Received      (pledged)",
                "Designated     Canada           700 000      996 913      71 876        (7 037)",
                "Undesignated                   198 300 000 199 951 333 164 891 131     (35 202)",
                "Other          Japan            100 000      200 000     300 000        (1 000)");
        assertThat(tableOutline(document)).containsSequence(
                "    TABLE_HEADER", "      TABLE_CELL", "      TABLE_CELL", "      TABLE_CELL | For the revised budget only")
                .containsSequence("      TABLE_CELL | Balance",
                        "    TABLE_HEADER", "      TABLE_CELL | Funded by", "      TABLE_CELL | Donor", "      TABLE_CELL | Planned")
                .containsSequence("    TABLE_ROW", "      TABLE_CELL | Undesignated", "      TABLE_CELL",
                        "      TABLE_CELL | 198 300 000", "      TABLE_CELL | 199 951 333", "      TABLE_CELL | 164 891 131",
                        "      TABLE_CELL | (35 202)");
        assertThat(document.report().tables()).isEqualTo(1);
        Document wrapped = withAnnex(
                "Donor           Pledged   Currency      Received   Targeted   Programme",
                "European        72 120 European           141 054     71 054 Heating",
                "Union                     Union                               repairs",
                "Japan         7 300 000   Yen          13 724 000              Budget",
                "                                                               support",
                "Chad              1 000   Euro              2 000              Budget");
        assertThat(tableOutline(wrapped)).containsSequence(
                "    TABLE_ROW", "      TABLE_CELL | European", "      TABLE_CELL | 72 120", "      TABLE_CELL | European",
                "      TABLE_CELL | 141 054", "      TABLE_CELL | 71 054", "      TABLE_CELL | Heating",
                "    TABLE_ROW", "      TABLE_CELL | Union", "      TABLE_CELL", "      TABLE_CELL | Union", "      TABLE_CELL",
                "      TABLE_CELL", "      TABLE_CELL | repairs")
                .containsSequence("    TABLE_ROW", "      TABLE_CELL", "      TABLE_CELL", "      TABLE_CELL", "      TABLE_CELL",
                        "      TABLE_CELL", "      TABLE_CELL | support", "    TABLE_ROW", "      TABLE_CELL | Chad");
        Document ambiguous = withAnnex(
                "Donor           Planned      Pledged     Received",
                "Canada           700 000      996 913      71 876",
                "Japan           790 822 790 822 790 822 790",
                "Chad             100 000      200 000     300 000");
        assertThat(tableOutline(ambiguous)).as("ten groups over three columns: no cut, the table ends before")
                .doesNotContain("      TABLE_CELL | 790 822");
    }

    /**
     * pdftotext {@code -raw} prints a table's column heads one word a line, again on each page, over rows of a label and
     * its figures: the heads stand as one cell over the figures, a total's figures join the label above them, the
     * sub-items and row headings are rows, and the reader says the heads could not be cut.
     */
    @Test
    void heads_printed_one_word_a_line_stand_as_one_over_rows_of_a_label_and_its_figures() {
        Document document = withAnnex(
                "Units", "United", "Nations", "military", "observers", "Civilian", "police Total",
                "1. Croatia",
                "(a) Headquarters, Zagreb 297 a/ 30 48",
                "Sector East",
                "Belgium 769 33 138",
                "Jordan (1) 1 028",
                "Subtotal, Sector East",
                "1 797",
                "/...",
                "\fS/2001/999",
                "Units", "United", "Nations", "military", "observers", "Civilian", "police Total",
                "Nepal 898",
                "Total 2 994 33 138",
                "The Council may wish to note these figures.");
        String heads = "Units United Nations military observers Civilian police Total";
        assertThat(tableOutline(document)).containsExactly("  TABLE",
                "    TABLE_HEADER", "      TABLE_CELL", "      TABLE_CELL | " + heads,
                "    TABLE_ROW", "      TABLE_CELL | 1. Croatia", "      TABLE_CELL",
                "    TABLE_ROW", "      TABLE_CELL | (a) Headquarters, Zagreb", "      TABLE_CELL | 297 a/ 30 48",
                "    TABLE_ROW", "      TABLE_CELL | Sector East", "      TABLE_CELL",
                "    TABLE_ROW", "      TABLE_CELL | Belgium", "      TABLE_CELL | 769 33 138",
                "    TABLE_ROW", "      TABLE_CELL | Jordan (1)", "      TABLE_CELL | 1 028",
                "    TABLE_ROW", "      TABLE_CELL | Subtotal, Sector East", "      TABLE_CELL | 1 797",
                "    TABLE_ROW", "      TABLE_CELL", "      TABLE_CELL | " + heads,
                "    TABLE_ROW", "      TABLE_CELL | Nepal", "      TABLE_CELL | 898",
                "    TABLE_ROW", "      TABLE_CELL | Total", "      TABLE_CELL | 2 994 33 138");
        assertThat(document.report().oddities()).anyMatch(oddity -> oddity.contains("“" + heads + "” printed one word a line"));
        assertThat(Outline.of(document.blocks())).last().asString().contains("The Council may wish to note these figures.");
    }

    /** The same heads over rows of one cell a line: a row heading and label over as many figures in every row. */
    @Test
    void heads_printed_one_word_a_line_over_rows_of_one_cell_a_line_and_a_title_broken_so_is_no_tables_header() {
        Document document = withAnnex(
                "Casualty", "list", "as", "of", "March", "1995",
                "Military", "personnel", "Sector", "East", "Sector", "West", "Other", "areas", "Total",
                "Hostile", "actions", "Fatal", "33", "56", "40", "129",
                "Total", "35", "49", "57", "141",
                "Other", "casualties", "Fatal", "42", "38", "59", "139",
                "Total", "4", "366", "52", "77", "4 495");
        List<String> outline = Outline.of(document.blocks());
        assertThat(outline).noneMatch(line -> line.contains("TABLE_CELL | March") || line.contains("TABLE_CELL | list"))
                .anyMatch(line -> line.contains("Casualty list as of March 1995"));
        assertThat(tableOutline(document)).containsSequence(
                "    TABLE_HEADER", "      TABLE_CELL",
                "      TABLE_CELL | Military personnel Sector East Sector West Other areas Total Hostile actions",
                "      TABLE_CELL", "      TABLE_CELL", "      TABLE_CELL",
                "    TABLE_ROW", "      TABLE_CELL | Fatal", "      TABLE_CELL | 33", "      TABLE_CELL | 56", "      TABLE_CELL | 40",
                "      TABLE_CELL | 129",
                "    TABLE_ROW", "      TABLE_CELL | Total", "      TABLE_CELL | 35")
                .containsSequence("    TABLE_ROW", "      TABLE_CELL | Other casualties Fatal", "      TABLE_CELL | 42")
                .as("one figure more than the columns: “4” / “366” may be one number; not known")
                .endsWith("    TABLE_ROW", "      TABLE_CELL | Total", "      TABLE_CELL | 4 366 52 77 4 495", "      TABLE_CELL",
                        "      TABLE_CELL", "      TABLE_CELL");
        assertThat(document.report().oddities()).anyMatch(oddity -> oddity.contains("rows “Total” print other than 4 figures"));
    }

    /**
     * A caption centred over a table, or a numbered heading under it, is no head; and with no heads over it, a table's
     * second row of two cells and no figure is a row whose figure the next line prints, not a second header row.
     */
    @Test
    void a_caption_over_a_table_and_a_row_of_words_under_its_header_are_no_heads() {
        Document document = withAnnex(
                "          1.    Expected versus actual revenues",
                "                (Millions of deutsche mark)",
                "",
                "                   Summary as at 27 May 2000",
                "                       Customs duty       Sales tax      Total",
                "Total, 20-27 May            422 449         813 257    1 235 706",
                "Total to date             4 836 107       2 122 075    6 958 182");
        assertThat(Outline.of(document.blocks())).noneMatch(line -> line.contains("TABLE_CELL | Summary")
                || line.contains("TABLE_CELL | (Millions") || line.contains("TABLE_CELL | Expected"));
        assertThat(tableOutline(document)).containsSequence("    TABLE_HEADER", "      TABLE_CELL", "      TABLE_CELL | Customs duty");
        Document wrapped = withAnnex(
                "Location          Organization                          Number",
                "Abejas            Organización Revolucionaria del en",
                "                  Pueblo en Armas (ORPA)                   42",
                "Tulujá            Fuerzas Armadas Rebeldes (FAR)           17");
        assertThat(tableOutline(wrapped)).containsSequence("    TABLE_HEADER", "      TABLE_CELL | Location")
                .containsSequence("    TABLE_ROW", "      TABLE_CELL | Abejas");
    }

    @Test
    void a_name_of_capitalised_words_over_a_lone_number_is_no_tables_heads() {
        Document document = withAnnex(
                "Slovak Engineer Battalion 567",
                "Norwegian Movement Control Unit",
                "111",
                "Netherlands logistics base 148",
                "Finnish Guard 43",
                "Indonesia Medical Battalion 220");
        assertThat(tableOutline(document)).doesNotContain("      TABLE_CELL | Norwegian", "      TABLE_CELL | Movement");
    }

    @Test
    void prose_and_a_number_repeated_down_a_column_are_no_table() {
        Document prose = read(
                "Report of the Secretary-General on the Freedonia mission",
                "",
                "1. The mission met the Government      on 3 May and again",
                "on 4 May in the capital,      where it heard the ministers of 12",
                "provinces and the heads of all its      7 agencies. It also met 40",
                "representatives of civil society.");
        assertThat(prose.report().tables()).isZero();
        Document map = withAnnex(
                "DEPLOYMENT AS OF MAY 1999",
                "DE LA MONUT EN MAI 1999",
                "DE LA UNMOT EN MAYO 1999",
                "MHOOHT HA MAH 1999");
        assertThat(map.report().tables()).isZero();
    }

    @Test
    void the_sc_reports_annex_tables_are_tables() {
        Document kosovo = ScReports.named("S-2013-72.txt").document();
        List<Block> tables = all(kosovo.blocks()).filter(b -> b.type() == Block.Type.TABLE).toList();
        assertThat(tables).as("Annex II: the police and the military liaison components").hasSize(2);
        assertThat(tables).allSatisfy(table -> assertThat(table.children().get(0).type()).isEqualTo(Block.Type.TABLE_HEADER));
        assertThat(rows(tables.get(0))).contains(List.of("Belgium", "1"), List.of("Total", "7"));
        assertThat(rows(tables.get(1))).contains(List.of("Ukraine", "2"), List.of("Total", "8"));
        assertThat(kosovo.report().oddities()).noneMatch(oddity -> oddity.contains("'8' alone on its line"));

        Document georgia = ScReports.named("S-2001-1008.txt").document();
        assertThat(all(georgia.blocks()).filter(b -> b.type() == Block.Type.TABLE).flatMap(t -> rows(t).stream()))
                .contains(List.of("Pakistan", "7a"), List.of("Total", "104"));

        Document haiti = ScReports.named("S-2008-586.txt").document();
        assertThat(all(haiti.blocks()).filter(b -> b.type() == Block.Type.TABLE).flatMap(t -> rows(t).stream()))
                .contains(List.of("Country", "Females", "Males", "Females", "Males", "Total"),
                        List.of("Argentina", "—", "9", "22", "530", "561"), List.of("Yemen", "—", "1", "—", "—", "1"),
                        List.of("", "52", "874", "30", "969", "1 925"));
        Document yugoslavia = ScReports.named("S-1995-222.txt").document();
        assertThat(yugoslavia.blocks()).filteredOn(b -> b.type() == Block.Type.ANNEX).extracting(Block::text).contains("Annex III");
        assertThat(all(yugoslavia.blocks()).filter(b -> b.type() == Block.Type.TABLE).flatMap(t -> rows(t).stream()))
                .as("Annex I, heads one word a line: a total's figures under its label; Annex II, one cell a line")
                .contains(List.of("Subtotal, Sector East", "1 625"), List.of("Belgium", "769 33 138"),
                        List.of("Total, Croatia", "14 825 283 731 15 839"),
                        List.of("Other casualties Fatal", "2", "8", "9", "5", "19", "0", "9", "52"),
                        List.of("Total", "42", "41", "31", "30", "148", "12", "77", "381"));
        assertThat(yugoslavia.report().oddities()).as("the “31” of a row of one cell a line, on page 31, is a cell")
                .noneMatch(oddity -> oddity.contains("'31' alone on its line"));
        assertThat(all(yugoslavia.blocks()).filter(b -> b.type() == Block.Type.TABLE).flatMap(t -> rows(t).stream()))
                .as("Annex III, strength by country: heads on two lines, figures grouped by spaces, names wrapped")
                .contains(List.of("Country", "Troops", "observers", "police"), List.of("Bangladesh", "1 242", "42", "37"),
                        List.of("United Kingdom of Great Britain and Northern Ireland", "3 273", "19", "0"));
        Document kosovo2000 = ScReports.named("S-2000-538.txt").document();
        assertThat(kosovo2000.blocks()).filteredOn(b -> b.type() == Block.Type.ANNEX).extracting(Block::text)
                .as("Annex III is no row of Annex II's table").contains("Annex II", "Annex III");
        assertThat(all(kosovo2000.blocks()).filter(b -> b.type() == Block.Type.TABLE).flatMap(t -> rows(t).stream()))
                .as("Annex II's figures beside their nations, not read as a right column")
                .contains(List.of("Argentina", "1"), List.of("Zambia", "1"), List.of("Total", "37"))
                .as("Annex I's budget tables: totals run together, figures run into words")
                .contains(List.of("Undesignated budget support", "", "198 300 000", "199 951 333", "164 891 131", "(35 060 202)"),
                        List.of("", "", "", "", "", "Balance"),
                        List.of("European", "72 120", "European", "141 054", "3 January", "", "141 054", "Heating"),
                        List.of("United States a", "10 000 000", "United States", "20 200 000", "7 March", "20 200 000", "", "Budget"));
        for (String name : List.of("S-1997-432.txt", "S-2000-538.txt", "S-2005-99.txt", "S-2015-157.txt", "S-2018-981.txt")) {
            assertThat(ScReports.named(name).document().report().tables()).as(name).isPositive();
        }
    }

    /** A figure as a table's cell holds it: digits (a group of a space-grouped number among them), a footnote letter, a dash. */
    private static final Pattern FIGURE = Pattern.compile("\\(?\\d[\\d.]*\\)?[a-e]?|[—–-]");

    /** Text that is a table's row run into a line: four figures or more, and at least as many figures as words. */
    private static boolean rowOfFigures(String text) {
        String[] tokens = text.strip().split("\\s+");
        long figures = Stream.of(tokens).filter(token -> FIGURE.matcher(token).matches()).count();
        return figures >= 4 && 2 * figures >= tokens.length;
    }

    @Test
    void no_paragraph_or_heading_of_an_sc_report_is_a_tables_row() {
        assertThat(rowOfFigures("Tons delivered 5 273 9 934 4 303")).isTrue();
        assertThat(rowOfFigures("Human rights (benchmarks 4, 5, 6, 7, 8 and 9)")).isFalse();
        assertThat(rowOfFigures("On 12 May 2019, 1,200 troops and 300 police arrived in 14 provinces.")).isFalse();
        List<String> rows = new java.util.ArrayList<>();
        for (RealTexts.Text text : ScReports.all()) {
            all(text.document().blocks()).filter(b -> b.type() != Block.Type.TABLE_CELL && rowOfFigures(b.text()))
                    .forEach(b -> rows.add(text.name() + " " + b.type() + ": " + b.text()));
        }
        assertThat(rows).as("blocks that are a table's row").isEmpty();
    }

    /**
     * A table read one cell a line, not recognised, leaves runs of blocks of a word or two; so does a map's scatter of
     * labels or a chart's ({@link MapsTest}), and a table whose bullets the extractor printed apart from their text.
     */
    @Test
    void no_sc_report_shows_a_tables_cells_as_a_run_of_paragraphs() {
        for (RealTexts.Text text : ScReports.all()) {
            int run = 0;
            int longest = 0;
            for (Block block : all(text.document().blocks()).filter(b -> b.type() != Block.Type.TABLE_CELL).toList()) {
                boolean fewWords = (block.type() == Block.Type.PARAGRAPH || block.type() == Block.Type.HEADING)
                        && block.text().strip().split("\\s+").length <= 2;
                run = fewWords ? run + 1 : block.children().isEmpty() ? 0 : run;
                longest = Math.max(longest, run);
            }
            assertThat(longest).as(text.name()).isLessThan(5);
        }
    }

    /**
     * pdftotext printed a benchmark table's first column, its years and the bullets of the other column's items, apart
     * from the items' text: the heads are read, the cells stand in one row as printed, and the reader says why.
     */
    @Test
    void a_tables_bullets_printed_apart_from_their_text_leave_one_row_and_a_report() {
        Document document = withAnnex(
                "Benchmark: free elections held by 2011, with a president chosen",
                "Year",
                "2008",
                "",
                "Indicators of progress",
                "•",
                "•",
                "",
                "• 2009",
                "",
                "Formation of a new Government",
                "Electoral calendar agreed with the parties",
                "",
                "I thank the Government.");
        assertThat(tableOutline(document)).containsExactly("  TABLE",
                "    TABLE_HEADER", "      TABLE_CELL | Year", "      TABLE_CELL | Indicators of progress",
                "    TABLE_ROW", "      TABLE_CELL | 2008 • • • 2009",
                "      TABLE_CELL | Formation of a new Government Electoral calendar agreed with the parties");
        assertThat(document.report().oddities()).anyMatch(oddity -> oddity.contains("“Year / Indicators of progress”")
                && oddity.contains("(“2008”, “2009”)") && oddity.contains("rows cannot be told apart"));
        assertThat(Outline.of(document.blocks())).contains("  PARAGRAPH #annex-p-2 | I thank the Government.");
        Document list = withAnnex(
                "The mission will:",
                "•",
                "•",
                "",
                "Train the police",
                "Hold elections");
        assertThat(list.report().tables()).as("bullets alone, no labels among them: a list, no table").isZero();
        Document haiti = ScReports.named("S-2008-586.txt").document();
        List<Block> benchmarks = all(haiti.blocks().stream().filter(b -> b.type() == Block.Type.ANNEX).findFirst().orElseThrow()
                .children()).filter(b -> b.type() == Block.Type.TABLE).toList();
        assertThat(benchmarks).hasSize(6).allSatisfy(table -> assertThat(rows(table).get(0)).endsWith("Indicators of progress"));
        assertThat(rows(benchmarks.get(0)).get(1).get(0)).isEqualTo("2008 • • • 2009 • • • 2010-2011 • • • •");
    }

    private static List<List<String>> rows(Block table) {
        return table.children().stream().map(row -> row.children().stream().map(Block::text).toList()).toList();
    }

    private static Stream<Block> all(List<Block> blocks) {
        return blocks.stream().flatMap(b -> Stream.concat(Stream.of(b), all(b.children())));
    }
}
