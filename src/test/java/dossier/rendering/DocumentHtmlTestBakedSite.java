package dossier.rendering;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real dossier baked into a temporary folder: document pages as a reader opens them. */
class DocumentHtmlTestBakedSite {

    @Test
    void document_pages_carry_the_source_text_one_title_and_a_working_contents_list(@TempDir Path output) throws IOException {
        Pipeline.build(new BuildOptions(Path.of("."), output.resolve("site"), Path.of(".")));
        List<Path> sources;
        try (Stream<Path> files = Files.list(Path.of("content/documents"))) {
            sources = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
        }
        for (Path source : sources) {
            String name = source.getFileName().toString().replace(".txt", ".html");
            org.jsoup.nodes.Document page = Jsoup.parse(output.resolve("site/documents/" + name).toFile());
            assertThat(page.select("h1")).as(name + ": one h1").hasSize(1);
            Element text = page.getElementById("document-text");
            assertThat(text.select("h1#document-title")).as(name).hasSize(1);
            for (Element link : page.select("nav.toc a[href^=#]")) {
                assertThat(text.getElementById(link.attr("href").substring(1))).as(name + " " + link.attr("href")).isNotNull();
            }
            List<String> sourceWords = DocumentHtmlTestWords.ofSource(Files.readAllLines(source));
            List<String> pageWords = DocumentHtmlTestWords.ofPage(text);
            int common = DocumentHtmlTestWords.commonInOrder(sourceWords, pageWords);
            assertThat((double) common / sourceWords.size()).as(name + " recall").isGreaterThanOrEqualTo(0.999);
            assertThat((double) common / pageWords.size()).as(name + " precision").isGreaterThanOrEqualTo(0.999);
        }
        Element report = Jsoup.parse(output.resolve("site/documents/s-2012-894.html").toFile()).body();
        assertThat(report.select("nav.toc a").eachAttr("href")).contains("#sec-i", "#sec-iii-a-2", "#sec-iv");
    }
}
