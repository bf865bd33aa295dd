package dossier.reading;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * An editor's YAML file (the glossary, the index registry) read as nodes, so that every problem names
 * the file and the line it stands on.
 */
public record YamlFile(Path file) {

    /** The file's root node; null when it is empty. Invalid YAML fails with its line. */
    public Node root() {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            throw new SourceException(file, e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1,
                    "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new SourceException(file, 1, "not valid YAML: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public MappingNode mapping(Node node, String expected) {
        if (node instanceof MappingNode mapping) {
            return mapping;
        }
        throw error(node, expected);
    }

    public String text(Node node, String what) {
        if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
            return scalar.getValue().strip();
        }
        throw error(node, what + " must be a non-empty text");
    }

    /** One text or a list of them, under {@code key}; {@code list} says what the list holds ("a list of acronyms"). */
    public List<String> texts(Node node, String key, String list) {
        if (node instanceof ScalarNode) {
            return List.of(text(node, key));
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(item -> text(item, "each item of '" + key + "'")).toList();
        }
        throw error(node, "'" + key + "' must be " + list + ", as [A, B]");
    }

    public SourceException error(Node node, String problem) {
        return new SourceException(file, line(node), problem);
    }

    public static int line(Node node) {
        return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
    }
}
