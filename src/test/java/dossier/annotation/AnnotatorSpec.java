package dossier.annotation;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.annotation.acronyms.AcronymAnnotator;
import dossier.annotation.acronyms.Glossary;
import dossier.annotation.index.DossierIndex;
import dossier.annotation.index.Locator;
import dossier.annotation.references.ReferenceAnnotator;
import dossier.annotation.references.Target;
import dossier.model.Block;
import dossier.model.Document;
import dossier.model.DocumentKind;
import dossier.model.DocumentText;
import dossier.model.Metadata;
import dossier.model.ReadingReport;
import dossier.rendering.DocumentHtml;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Runs a spec file of annotation examples, as flexmark's specs do: each example is a paragraph of a
 * Security Council report (S/2012/999, anchored "para-1"), the marks the annotators make on it, and the
 * paragraph as the page prints it. A file may open with the dossier's glossary.yml and index.yml.
 *
 * <pre>
 * --- glossary.yml          (optional, then its lines)
 * --- index.yml             (optional)
 * --- example: what it shows
 * the paragraph's words
 * --- marks                 one line a mark, in text order: KIND "words" what it stands for
 * --- html                  the paragraph's element, spaces between tags ignored
 * </pre>
 */
public final class AnnotatorSpec {

    private record Example(int number, String title, String text, String marks, String html) {
    }

    private AnnotatorSpec() {
    }

    /** One test per example of {@code file}, a resource beside this class. */
    public static Stream<DynamicTest> examples(String file) {
        Map<String, StringBuilder> sections = new LinkedHashMap<>();
        List<Map<String, String>> examples = new ArrayList<>();
        Map<String, String> current = null;
        String section = null;
        for (String line : read(file).split("\n", -1)) {
            if (line.startsWith("--- ")) {
                section = line.substring(4).strip();
                if (section.startsWith("example:")) {
                    current = new LinkedHashMap<>();
                    current.put("title", section.substring("example:".length()).strip());
                    examples.add(current);
                    section = "text";
                }
                if (current == null) {
                    sections.put(section, new StringBuilder());
                } else {
                    current.put(section, "");
                }
            } else if (section != null && current == null) {
                sections.get(section).append(line).append('\n');
            } else if (current != null) {
                current.merge(section, line, (a, b) -> a.isEmpty() ? b : a + "\n" + b);
            }
        }
        List<DynamicTest> tests = new ArrayList<>();
        for (int i = 0; i < examples.size(); i++) {
            Map<String, String> e = examples.get(i);
            Example example = new Example(i + 1, e.get("title"), e.get("text").strip(), e.getOrDefault("marks", "").strip(),
                    e.getOrDefault("html", "").strip());
            tests.add(DynamicTest.dynamicTest("Example " + example.number() + ": " + example.title(),
                    () -> run(example, sections)));
        }
        return tests.stream();
    }

    private static void run(Example example, Map<String, StringBuilder> files) throws IOException {
        Path content = Files.createTempDirectory("spec");
        for (var file : files.entrySet()) {
            Files.writeString(content.resolve(file.getKey()), file.getValue());
        }
        Document document = new Document("s-2012-999", new Metadata("S/2012/999", "Report", LocalDate.of(2012, 12, 1),
                DocumentKind.REPORT, "Security Council", List.of()),
                List.of(Block.paragraph("para-1", example.text()), Block.paragraph("para-2", "The end.")),
                new ReadingReport(2, 0, 0, List.of()));
        List<Document> documents = List.of(document);
        Ledger ledger = new Ledger();
        Glossary glossary = Glossary.learn(documents, content);
        List<Annotator> annotators = List.of(ReferenceAnnotator.learn(documents, ledger), glossary.annotator(ledger),
                DossierIndex.learn(documents, content, glossary, ledger).annotator());
        DocumentText text = DocumentText.of(document);
        List<Mark> marks = Marking.annotate(text, annotators);

        List<String> lines = new ArrayList<>();
        for (Mark mark : marks) {
            if (mark.passage() == 0) {
                lines.add(mark.kind() + " \"" + text.passages().get(0).text().substring(mark.start(), mark.end()) + "\" " + what(mark));
            }
        }
        String html = DocumentHtml.render(text, marks).getElementById("para-1").outerHtml();
        assertThat(String.join("\n", lines)).as("marks of example %d", example.number()).isEqualTo(example.marks());
        assertThat(compact(html)).as("html of example %d", example.number()).isEqualTo(compact(example.html()));
    }

    private static String what(Mark mark) {
        if (mark.payload() instanceof Target target) {
            return target.href("");
        }
        if (mark.payload() instanceof AcronymAnnotator.Use use) {
            return use.entryId() + (use.acronym() ? "" : " (long form)");
        }
        return ((Locator) mark.payload()).entryId();
    }

    private static String compact(String html) {
        return html.replaceAll(">\\s+<", "><").replaceAll("\\s+", " ").strip();
    }

    private static String read(String file) {
        try (InputStream in = AnnotatorSpec.class.getResourceAsStream(file)) {
            if (in == null) {
                throw new IllegalArgumentException("no spec " + file + " beside " + AnnotatorSpec.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
