package dossier.annotation.acronyms;

import dossier.reading.SourceException;
import dossier.reading.YamlFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;

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
        YamlFile yaml = new YamlFile(file);
        Node root = yaml.root();
        return root == null ? List.of() : new Reading(yaml).entries(root);
    }

    /** One reading of one file: knows the file, for messages. */
    private record Reading(YamlFile yaml) {

        List<EditorEntry> entries(Node root) {
            MappingNode top = yaml.mapping(root, "the file must be a mapping with the key '" + TOP + "'");
            List<EditorEntry> entries = new ArrayList<>();
            for (NodeTuple tuple : top.getValue()) {
                String key = yaml.text(tuple.getKeyNode(), "a key");
                if (!key.equals(TOP)) {
                    throw yaml.error(tuple.getKeyNode(), "unknown key '" + key + "' (the file holds one key, '" + TOP + "')");
                }
                for (NodeTuple entry : yaml.mapping(tuple.getValueNode(), "'" + TOP + "' must map each acronym to its entry").getValue()) {
                    entries.add(entry(entry));
                }
            }
            check(entries);
            return entries;
        }

        private EditorEntry entry(NodeTuple tuple) {
            String acronym = yaml.text(tuple.getKeyNode(), "an acronym");
            MappingNode fields = yaml.mapping(tuple.getValueNode(), "the entry for " + acronym + " must be a mapping (expansion, description …)");
            List<Expansion> expansions = List.of();
            List<String> aliases = List.of();
            List<String> seeAlso = List.of();
            String description = "";
            String source = "";
            for (NodeTuple field : fields.getValue()) {
                String key = yaml.text(field.getKeyNode(), "a key");
                Node value = field.getValueNode();
                switch (key) {
                    case "expansion" -> expansions = expansions(value, acronym);
                    case "aliases" -> aliases = yaml.texts(value, key, "a list of acronyms");
                    case "see_also" -> seeAlso = yaml.texts(value, key, "a list of acronyms");
                    case "description" -> description = yaml.text(value, "the description of " + acronym);
                    case "source" -> source = yaml.text(value, "the source of " + acronym);
                    default -> throw yaml.error(field.getKeyNode(), "unknown key '" + key + "' in the entry for " + acronym
                            + " (known: " + String.join(", ", KEYS.stream().sorted().toList()) + ")");
                }
            }
            if (expansions.isEmpty()) {
                throw yaml.error(tuple.getKeyNode(), "the entry for " + acronym + " has no 'expansion'");
            }
            return new EditorEntry(acronym, aliases, expansions, description, source, seeAlso, YamlFile.line(tuple.getKeyNode()));
        }

        /** "expansion: text" (English), or "expansion: {en: …, fr: …}". */
        private List<Expansion> expansions(Node value, String acronym) {
            if (value instanceof ScalarNode) {
                return List.of(new Expansion("en", yaml.text(value, "the expansion of " + acronym)));
            }
            List<Expansion> expansions = new ArrayList<>();
            for (NodeTuple language : yaml.mapping(value, "the expansion of " + acronym
                    + " must be a text, or a mapping from language code (en, fr …) to text").getValue()) {
                String code = yaml.text(language.getKeyNode(), "a language code");
                if (!code.matches("[a-z]{2}")) {
                    throw yaml.error(language.getKeyNode(), "'" + code + "' is not a two-letter language code (en, fr, es, ar …)");
                }
                expansions.add(new Expansion(code, yaml.text(language.getValueNode(), "the " + code + " expansion of " + acronym)));
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
                        throw new SourceException(yaml.file(), entry.line(), acronym + " is already in the entry for "
                                + other.acronym() + " (line " + other.line() + "); an acronym has one entry");
                    }
                }
            }
            for (EditorEntry entry : entries) {
                for (String related : entry.seeAlso()) {
                    if (!owner.containsKey(related)) {
                        throw new SourceException(yaml.file(), entry.line(), "the entry for " + entry.acronym()
                                + " sees also '" + related + "', which has no entry");
                    }
                }
            }
        }
    }
}
