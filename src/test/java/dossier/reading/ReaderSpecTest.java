package dossier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Document;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The reader's rules, one small invented source each, from reader-spec.md: the source as extracted,
 * optionally other text of the same dossier (the evidence for hyphenation), and the blocks expected.
 */
class ReaderSpecTest {

    @TestFactory
    Stream<DynamicTest> every_example_reads_as_specified() throws IOException {
        return examples().stream().map(example -> DynamicTest.dynamicTest(example.name(), () -> {
            List<String> lines = example.source();
            Vocabulary vocabulary = Vocabulary.of(List.of(lines, example.dossier()));
            Document document = DocumentReader.read(SourceHeader.split(Path.of("example.txt"), lines), vocabulary);
            assertThat(Outline.of(document.blocks())).as(example.name()).containsExactlyElementsOf(example.blocks());
        }));
    }

    record Example(String name, List<String> source, List<String> dossier, List<String> blocks) {
    }

    /** "## name", then fenced blocks "~~~ source", optionally "~~~ dossier", then "~~~ blocks". */
    static List<Example> examples() throws IOException {
        String spec;
        try (InputStream in = ReaderSpecTest.class.getResourceAsStream("reader-spec.md")) {
            spec = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<Example> examples = new ArrayList<>();
        String name = null;
        String fence = null;
        List<String> source = new ArrayList<>();
        List<String> dossier = new ArrayList<>();
        List<String> blocks = new ArrayList<>();
        for (String line : spec.split("\n", -1)) {
            if (fence == null && line.startsWith("## ")) {
                if (name != null) {
                    examples.add(new Example(name, List.copyOf(source), List.copyOf(dossier), List.copyOf(blocks)));
                }
                name = line.substring(3).strip();
                source.clear();
                dossier.clear();
                blocks.clear();
            } else if (fence == null && line.startsWith("~~~ ")) {
                fence = line.substring(4).strip();
            } else if (fence != null && line.equals("~~~")) {
                fence = null;
            } else if (fence != null) {
                switch (fence) {
                    case "source" -> source.add(line);
                    case "dossier" -> dossier.add(line);
                    case "blocks" -> blocks.add(line);
                    default -> throw new IllegalStateException("unknown fence '" + fence + "' in " + name);
                }
            }
        }
        if (name != null) {
            examples.add(new Example(name, List.copyOf(source), List.copyOf(dossier), List.copyOf(blocks)));
        }
        return examples;
    }
}
