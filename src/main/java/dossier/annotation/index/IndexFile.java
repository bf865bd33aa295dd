package dossier.annotation.index;

import dossier.reading.SourceException;
import dossier.reading.YamlFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads the editor's index registry, content/index.yml (its shape is in the README). Read as a YAML
 * node tree, as the glossary file is, so that every mistake is reported with its line.
 */
final class IndexFile {

    static final String NAME = "index.yml";
    private static final Set<String> TOP = Set.of("entries", "glossary", "not_indexed");
    private static final Set<String> KEYS = Set.of("heading", "category", "qualifier", "id", "variants", "when",
            "see", "see_also", "parent", "description", "source", "coordinates");

    /**
     * What the file says: its entries, the glossary acronyms that are not organizations, and names the
     * editor chose not to index (so that `dossier check` stops proposing them).
     */
    record Contents(Path file, List<WrittenEntry> entries, Set<String> notOrganizations, Set<String> notIndexed) {
    }

    private IndexFile() {
    }

    static Contents load(Path file) {
        if (!Files.isRegularFile(file)) {
            return new Contents(file, List.of(), Set.of(), Set.of());
        }
        YamlFile yaml = new YamlFile(file);
        Node root = yaml.root();
        return root == null ? new Contents(file, List.of(), Set.of(), Set.of()) : new Reading(yaml).contents(root);
    }

    /** One reading of one file: knows the file, for messages. */
    private record Reading(YamlFile yaml) {

        Contents contents(Node root) {
            List<WrittenEntry> entries = new ArrayList<>();
            Set<String> notOrganizations = Set.of();
            Set<String> notIndexed = Set.of();
            for (NodeTuple tuple : yaml.mapping(root, "the file must be a mapping with the keys 'entries', 'glossary' and 'not_indexed'").getValue()) {
                String key = yaml.text(tuple.getKeyNode(), "a key");
                switch (key) {
                    case "entries" -> {
                        if (!(tuple.getValueNode() instanceof SequenceNode list)) {
                            throw yaml.error(tuple.getValueNode(), "'entries' must be a list of entries, each starting with '- heading:'");
                        }
                        for (Node entry : list.getValue()) {
                            entries.add(entry(entry));
                        }
                    }
                    case "glossary" -> notOrganizations = glossary(tuple.getValueNode());
                    case "not_indexed" -> notIndexed = Set.copyOf(yaml.texts(tuple.getValueNode(), "not_indexed", "a list"));
                    default -> throw yaml.error(tuple.getKeyNode(), "unknown key '" + key + "' (known: " + sorted(TOP) + ")");
                }
            }
            return new Contents(yaml.file(), entries, notOrganizations, notIndexed);
        }

        /** "glossary: {not_organizations: [CFA]}": glossary acronyms that are no organization entry. */
        private Set<String> glossary(Node node) {
            Set<String> acronyms = Set.of();
            for (NodeTuple tuple : yaml.mapping(node, "'glossary' must be a mapping, as {not_organizations: [CFA]}").getValue()) {
                String key = yaml.text(tuple.getKeyNode(), "a key");
                if (!key.equals("not_organizations")) {
                    throw yaml.error(tuple.getKeyNode(), "unknown key '" + key + "' under 'glossary' (known: not_organizations)");
                }
                acronyms = Set.copyOf(yaml.texts(tuple.getValueNode(), key, "a list"));
            }
            return acronyms;
        }

        private WrittenEntry entry(Node node) {
            MappingNode fields = yaml.mapping(node, "each entry must be a mapping (heading, category, variants …)");
            String heading = "";
            Category category = null;
            String qualifier = "";
            String id = "";
            String see = "";
            String parent = "";
            String description = "";
            String source = "";
            List<String> variants = List.of();
            List<String> when = List.of();
            List<String> seeAlso = List.of();
            List<Double> coordinates = List.of();
            for (NodeTuple field : fields.getValue()) {
                String key = yaml.text(field.getKeyNode(), "a key");
                Node value = field.getValueNode();
                switch (key) {
                    case "heading" -> heading = yaml.text(value, "the heading");
                    case "category" -> category = category(value);
                    case "qualifier" -> qualifier = yaml.text(value, "the qualifier");
                    case "id" -> id = anchor(value);
                    case "variants" -> variants = yaml.texts(value, key, "a list");
                    case "when" -> when = yaml.texts(value, key, "a list");
                    case "see" -> see = yaml.text(value, "'see'");
                    case "see_also" -> seeAlso = yaml.texts(value, key, "a list");
                    case "parent" -> parent = yaml.text(value, "the parent");
                    case "description" -> description = yaml.text(value, "the description");
                    case "source" -> source = yaml.text(value, "the source");
                    case "coordinates" -> coordinates = coordinates(value);
                    default -> throw yaml.error(field.getKeyNode(), "unknown key '" + key + "' (known: " + sorted(KEYS) + ")");
                }
            }
            int line = YamlFile.line(node);
            if (heading.isEmpty()) {
                throw new SourceException(yaml.file(), line, "an entry has no 'heading'");
            }
            if (!see.isEmpty()) {
                if (category != null || !variants.isEmpty() || !description.isEmpty()) {
                    throw new SourceException(yaml.file(), line, "'" + heading + "' is a cross-reference (it has 'see'):"
                            + " it takes no category, variants or description; those belong to '" + see + "'");
                }
            } else if (category == null) {
                throw new SourceException(yaml.file(), line, "the entry '" + heading + "' has no 'category' (one of "
                        + Arrays.stream(Category.values()).map(Category::key).collect(Collectors.joining(", ")) + ")");
            }
            if (category == Category.PERSON && !heading.contains(",")) {
                throw new SourceException(yaml.file(), line, "a person's heading is inverted, surname first: write '"
                        + Headings.inverted(heading) + "', not '" + heading + "'");
            }
            if (!description.isEmpty() && source.isEmpty()) {
                throw new SourceException(yaml.file(), line, "the description of '" + heading + "' needs a 'source': say where it comes from");
            }
            if (!coordinates.isEmpty() && category != Category.PLACE) {
                throw new SourceException(yaml.file(), line, "only a place has 'coordinates' ('" + heading + "' is not a place)");
            }
            return new WrittenEntry(heading, category, qualifier, id, variants, when, see, seeAlso, parent,
                    description, source, coordinates, line);
        }

        private Category category(Node value) {
            String key = yaml.text(value, "the category");
            return Category.of(key).orElseThrow(() -> yaml.error(value, "unknown category '" + key + "' (known: "
                    + Arrays.stream(Category.values()).map(Category::key).collect(Collectors.joining(", ")) + ")"));
        }

        private String anchor(Node value) {
            String id = yaml.text(value, "the id");
            if (!id.matches("[a-z][a-z0-9-]*")) {
                throw yaml.error(value, "the id '" + id + "' must be lower-case letters, digits and hyphens, starting with a letter");
            }
            return id;
        }

        /** "[16.77, -3.01]": latitude, then longitude, in degrees. */
        private List<Double> coordinates(Node value) {
            List<String> texts = value instanceof SequenceNode ? yaml.texts(value, "coordinates", "a list") : List.of();
            try {
                List<Double> degrees = texts.stream().map(Double::valueOf).toList();
                if (degrees.size() == 2 && Math.abs(degrees.get(0)) <= 90 && Math.abs(degrees.get(1)) <= 180) {
                    return degrees;
                }
            } catch (NumberFormatException e) {
                // reported below, with the line
            }
            throw yaml.error(value, "'coordinates' must be [latitude, longitude] in degrees, as [16.77, -3.01]");
        }

        private static String sorted(Set<String> keys) {
            return String.join(", ", keys.stream().sorted().toList());
        }
    }
}
