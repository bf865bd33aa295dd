package dossier.publishing.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class PageParagraphsTest {

    private static List<PageParagraphs.Paragraph> read(String body) {
        return PageParagraphs.of(Jsoup.parse("<html><body>" + body + "</body></html>").getElementById("document-text"));
    }

    @Test
    void every_anchored_block_is_one_entry_in_page_order() {
        List<PageParagraphs.Paragraph> paragraphs = read("""
                <p id="outside">Not the document.</p>
                <div id="document-text">
                  <h2 id="sec-i">I. Introduction</h2>
                  <p id="para-1">1. The   Council
                     met.</p>
                  <p>No anchor, no entry.</p>
                  <p id="para-2">2. It <span id="inline">decided</span> to act.</p>
                </div>""");
        assertThat(paragraphs).extracting(PageParagraphs.Paragraph::anchor).containsExactly("sec-i", "para-1", "para-2");
        assertThat(paragraphs).extracting(PageParagraphs.Paragraph::text)
                .containsExactly("I. Introduction", "1. The Council met.", "2. It decided to act.");
    }

    @Test
    void nested_anchored_blocks_are_entries_of_their_own_not_part_of_their_parent() {
        List<PageParagraphs.Paragraph> paragraphs = read("""
                <div id="document-text"><div id="para-9">9. Decides:
                  <ol><li id="para-9-a">(a) to support;</li><li id="para-9-b">(b) to protect.</li></ol></div></div>""");
        assertThat(paragraphs).extracting(PageParagraphs.Paragraph::text)
                .containsExactly("9. Decides:", "(a) to support;", "(b) to protect.");
    }

    @Test
    void an_item_anchored_inside_a_paragraph_is_a_place_in_its_text_not_a_second_entry() {
        List<PageParagraphs.Paragraph> paragraphs = read("""
                <div id="document-text"><p id="para-10">10. Requests a report on: <span class="item" id="para-10-i"><a
                class="permalink" href="#para-10-i" data-added>¶</a>(i) the progress;</span> <span class="item"
                id="para-10-ii"><a class="permalink" href="#para-10-ii" data-added>¶</a>(ii) the training.</span></p></div>""");
        assertThat(paragraphs).hasSize(1);
        PageParagraphs.Paragraph paragraph = paragraphs.get(0);
        assertThat(paragraph.text()).isEqualTo("10. Requests a report on: (i) the progress; (ii) the training.");
        assertThat(paragraph.places()).extracting(PageParagraphs.Place::anchor).containsExactly("para-10-i", "para-10-ii");
        assertThat(paragraph.places()).extracting(place -> paragraph.text().substring(place.offset()))
                .containsExactly("(i) the progress; (ii) the training.", "(ii) the training.");
    }

    @Test
    void what_the_build_added_is_not_indexed() {
        List<PageParagraphs.Paragraph> paragraphs = read("""
                <div id="document-text"><p id="para-1">1. The Mission<sup data-added>[note 1]</sup>’s text here.
                <button>Copy link</button></p><aside><p id="note-1">A note the build wrote.</p></aside></div>""");
        assertThat(paragraphs).extracting(PageParagraphs.Paragraph::text).containsExactly("1. The Mission’s text here.");
    }

    @Test
    void acronyms_are_read_with_their_expansion_and_place() {
        List<PageParagraphs.Paragraph> paragraphs = read("""
                <div id="document-text"><p id="para-1">1. The mediator of
                <abbr title="Economic Community of West African States">ECOWAS</abbr> spoke.</p></div>""");
        PageParagraphs.Paragraph paragraph = paragraphs.get(0);
        assertThat(paragraph.acronyms()).containsExactly(new PageParagraphs.Acronym(
                "ECOWAS", "Economic Community of West African States", paragraph.text().indexOf("ECOWAS")));
    }

    @Test
    void a_page_without_document_text_has_no_paragraphs() {
        assertThat(read("<p id='p-1'>Text</p>")).isEmpty();
    }
}
