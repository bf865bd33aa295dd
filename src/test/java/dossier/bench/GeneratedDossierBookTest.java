package dossier.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.publishing.epub.BookFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The book of a dossier of {@value GeneratedDossier#DOCUMENTS} documents made from real UN texts (the dossier's own and the
 * General Assembly corpus, as the build benchmark makes it), with no glossary or index file of its own:
 * the generated dossier the run's tests share (EPUBCheck reads it in {@code EpubCheckTest}).
 */
class GeneratedDossierBookTest {

    static Path book;
    static Map<String, Document> chapters;

    @BeforeAll
    static void buildAGeneratedDossier() throws IOException {
        try (Stream<Path> epubs = Files.list(GeneratedDossier.get().site())) {
            book = epubs.filter(p -> p.toString().endsWith(".epub")).findFirst().orElseThrow();
        }
        chapters = BookFiles.read(book).xhtml();
    }

    @Test
    void every_document_is_a_chapter_and_every_link_inside_the_book_lands() {
        assertThat(chapters.keySet().stream().filter(f -> f.startsWith("documents/"))).hasSize(GeneratedDossier.DOCUMENTS);
        for (Map.Entry<String, Document> file : chapters.entrySet()) {
            for (Element link : BookFiles.internalLinks(file.getValue())) {
                assertThat(BookFiles.lands(chapters, BookFiles.target(file.getKey(), link.attr("href"))))
                        .as(file.getKey() + ": " + link.outerHtml()).isTrue();
            }
        }
    }

    @Test
    void footnote_markers_are_note_references_to_footnotes_of_their_chapter() {
        List<Element> markers = chapters.values().stream().flatMap(c -> c.select("sup.footnote-ref > a").stream()).toList();
        assertThat(markers).isNotEmpty().allSatisfy(marker -> {
            assertThat(marker.attr("epub:type")).isEqualTo("noteref");
            Element footnote = marker.ownerDocument().getElementById(marker.attr("href").substring(1));
            assertThat(footnote).as(marker.outerHtml()).isNotNull();
            assertThat(footnote.tagName()).isEqualTo("aside");
            assertThat(footnote.attr("epub:type")).isEqualTo("footnote");
        });
    }
}
