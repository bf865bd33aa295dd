package dossier.reading;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * An editor's YAML file (the glossary, the index registry) read as nodes, so that every problem names
 * the file and the line it stands on.
 */
public record YamlFile(Path file) {

    /**
     * The most text (characters, plus one per value) a YAML file or front matter may stand for once its
     * aliases are expanded: an alias repeats what it names, so a few lines could otherwise stand for
     * gigabytes, and every page would print them.
     */
    public static final int MAX_EXPANDED = 4_000_000;
    /** The deepest nesting of lists and mappings read. */
    public static final int MAX_DEPTH = 50;

    /** The file's root node; null when it is empty. Invalid YAML fails with its line. */
    public Node root() {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            Node root = new Yaml(options()).compose(reader);
            requireBounded(file, root, 1);
            return root;
        } catch (MarkedYAMLException e) {
            throw new SourceException(file, e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1,
                    "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new SourceException(file, 1, "not valid YAML: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SnakeYAML's own limits: nesting depth, aliases of collections, the size of the text. */
    static LoaderOptions options() {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setMaxAliasesForCollections(MAX_DEPTH);
        options.setCodePointLimit((int) SourceBytes.MAX_BYTES);
        return options;
    }

    /**
     * Refuses, naming the line, an alias that names the list or mapping it is in, and a document whose
     * aliases expand beyond {@link #MAX_EXPANDED}. {@code firstLine} is the file line of the YAML's first line.
     */
    static void requireBounded(Path file, Node root, int firstLine) {
        if (root != null) {
            expanded(file, root, firstLine, new IdentityHashMap<>(), Collections.newSetFromMap(new IdentityHashMap<>()));
        }
    }

    /** The expanded size of {@code node}, each shared node measured once (so a chain of aliases costs no more to measure than to write). */
    private static long expanded(Path file, Node node, int firstLine, Map<Node, Long> sizes, Set<Node> open) {
        Long known = sizes.get(node);
        if (known != null) {
            return known;
        }
        int line = firstLine + line(node) - 1;
        if (!open.add(node)) {
            throw new SourceException(file, line, "an alias names the list or mapping it stands in; YAML that contains itself cannot be read");
        }
        long size = 1;
        if (node instanceof ScalarNode scalar) {
            size += scalar.getValue().length();
        } else if (node instanceof SequenceNode sequence) {
            for (Node item : sequence.getValue()) {
                size += expanded(file, item, firstLine, sizes, open);
            }
        } else if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                size += expanded(file, tuple.getKeyNode(), firstLine, sizes, open) + expanded(file, tuple.getValueNode(), firstLine, sizes, open);
            }
        }
        if (size > MAX_EXPANDED) {
            throw new SourceException(file, line, "its aliases expand to more than " + MAX_EXPANDED
                    + " characters (the limit); write the text out where it is needed instead of repeating an alias");
        }
        open.remove(node);
        sizes.put(node, size);
        return size;
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
