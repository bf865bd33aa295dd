package dossier.annotation.acronyms;

import dossier.reading.SourceException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
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
 * Reads the editor's glossary, content/glossary.yml (its shape is in the README). The file is read as
 * a YAML node tree rather than as Java objects so that every mistake is reported with its line, and so
 * that values stay text ("NO" is an acronym, not false).
 */
final class GlossaryFile {

    static final String NAME = "glossary.yml";
    private static final String TOP = "acronyms";
    private static final Set<String> KEYS = Set.of("expansion", "aliases", "description", "source", "see_also");

    private GlossaryFile() {
    }

    /** The entries of {@code file}, in file order; none when the dossier has no such file. */
    static List<EditorEntry> load(Path file) {
        if (!Files.isRegularFile(file)) {
            return List.of();
        }
        Node root;
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            root = new Yaml(new LoaderOptions()).compose(reader);
        } catch (MarkedYAMLException e) {
            throw new SourceException(file, e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 1,
                    "not valid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new SourceException(file, 1, "not valid YAML: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return root == null ? List.of() : new Reading(file).entries(root);
    }

    /** One reading of one file: knows the file, for messages. */
    private record Reading(Path file) {

        List<EditorEntry> entries(Node root) {
            MappingNode top = mapping(root, "the file must be a mapping with the key '" + TOP + "'");
            List<EditorEntry> entries = new ArrayList<>();
            for (NodeTuple tuple : top.getValue()) {
                String key = text(tuple.getKeyNode(), "a key");
                if (!key.equals(TOP)) {
                    throw error(tuple.getKeyNode(), "unknown key '" + key + "' (the file holds one key, '" + TOP + "')");
                }
                for (NodeTuple entry : mapping(tuple.getValueNode(), "'" + TOP + "' must map each acronym to its entry").getValue()) {
                    entries.add(entry(entry));
                }
            }
            check(entries);
            return entries;
        }

        private EditorEntry entry(NodeTuple tuple) {
            String acronym = text(tuple.getKeyNode(), "an acronym");
            MappingNode fields = mapping(tuple.getValueNode(), "the entry for " + acronym + " must be a mapping (expansion, description …)");
            List<Expansion> expansions = List.of();
            List<String> aliases = List.of();
            List<String> seeAlso = List.of();
            String description = "";
            String source = "";
            for (NodeTuple field : fields.getValue()) {
                String key = text(field.getKeyNode(), "a key");
                Node value = field.getValueNode();
                switch (key) {
                    case "expansion" -> expansions = expansions(value, acronym);
                    case "aliases" -> aliases = texts(value, key);
                    case "see_also" -> seeAlso = texts(value, key);
                    case "description" -> description = text(value, "the description of " + acronym);
                    case "source" -> source = text(value, "the source of " + acronym);
                    default -> throw error(field.getKeyNode(), "unknown key '" + key + "' in the entry for " + acronym
                            + " (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
                }
            }
            if (expansions.isEmpty()) {
                throw error(tuple.getKeyNode(), "the entry for " + acronym + " has no 'expansion'");
            }
            return new EditorEntry(acronym, aliases, expansions, description, source, seeAlso, line(tuple.getKeyNode()));
        }

        /** "expansion: text" (English), or "expansion: {en: …, fr: …}". */
        private List<Expansion> expansions(Node value, String acronym) {
            if (value instanceof ScalarNode) {
                return List.of(new Expansion("en", text(value, "the expansion of " + acronym)));
            }
            List<Expansion> expansions = new ArrayList<>();
            for (NodeTuple language : mapping(value, "the expansion of " + acronym
                    + " must be a text, or a mapping from language code (en, fr …) to text").getValue()) {
                String code = text(language.getKeyNode(), "a language code");
                if (!code.matches("[a-z]{2}")) {
                    throw error(language.getKeyNode(), "'" + code + "' is not a two-letter language code (en, fr, es, ar …)");
                }
                expansions.add(new Expansion(code, text(language.getValueNode(), "the " + code + " expansion of " + acronym)));
            }
            return expansions;
        }

        private void check(List<EditorEntry> entries) {
            Map<String, EditorEntry> owner = new HashMap<>();
            for (EditorEntry entry : entries) {
                List<String> acronyms = new ArrayList<>(entry.aliases());
                acronyms.add(0, entry.acronym());
                for (String acronym : acronyms) {
                    EditorEntry other = owner.putIfAbsent(acronym, entry);
                    if (other != null) {
                        throw new SourceException(file, entry.line(), acronym + " is already in the entry for "
                                + other.acronym() + " (line " + other.line() + "); an acronym has one entry");
                    }
                }
            }
            for (EditorEntry entry : entries) {
                for (String related : entry.seeAlso()) {
                    if (!owner.containsKey(related)) {
                        throw new SourceException(file, entry.line(), "the entry for " + entry.acronym()
                                + " sees also '" + related + "', which has no entry");
                    }
                }
            }
        }

        private MappingNode mapping(Node node, String expected) {
            if (node instanceof MappingNode mapping) {
                return mapping;
            }
            throw error(node, expected);
        }

        private String text(Node node, String what) {
            if (node instanceof ScalarNode scalar && !scalar.getValue().isBlank()) {
                return scalar.getValue().strip();
            }
            throw error(node, what + " must be a non-empty text");
        }

        private List<String> texts(Node node, String key) {
            if (node instanceof ScalarNode) {
                return List.of(text(node, key));
            }
            if (node instanceof SequenceNode sequence) {
                return sequence.getValue().stream().map(item -> text(item, "each item of '" + key + "'")).toList();
            }
            throw error(node, "'" + key + "' must be a list of acronyms, as [A, B]");
        }

        private SourceException error(Node node, String problem) {
            return new SourceException(file, line(node), problem);
        }

        private static int line(Node node) {
            return node.getStartMark() == null ? 1 : node.getStartMark().getLine() + 1;
        }
    }
}
