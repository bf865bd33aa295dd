package dossier.reading;

import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Splits a source into header and body. Two header forms are accepted, both optional: JBake's own
 * ({@code key=value} lines closed by {@code ~~~~~~}) and YAML front matter between {@code ---} lines.
 */
public final class SourceHeader {

    static final String JBAKE_SEPARATOR = "~~~~~~";
    private static final String YAML_FENCE = "---";
    private static final Pattern JBAKE_KEY = Pattern.compile("\\s*[A-Za-z_][\\w.-]*\\s*=");
    private static final Pattern YAML_KEY = Pattern.compile("^([A-Za-z_][\\w.-]*)\\s*:");

    private SourceHeader() {
    }

    /** The source's lines as header and body; a byte-order mark left before its first line is not part of either. */
    public static SourceText split(Path file, List<String> text) {
        List<String> lines = withoutByteOrderMark(text);
        int first = firstNonBlank(lines);
        if (first < lines.size() && lines.get(first).strip().equals(YAML_FENCE)) {
            return yamlFrontMatter(file, lines, first);
        }
        int separator = lines.indexOf(JBAKE_SEPARATOR);
        // Only key=value lines make a header: a body whose lines hold "=" in its text, above a ~~~~~~ rule of
        // its own, is body.
        if (separator >= 0 && lines.subList(0, separator).stream()
                .allMatch(line -> line.isBlank() || JBAKE_KEY.matcher(line).lookingAt())) {
            return jbakeHeader(file, lines, separator);
        }
        return new SourceText(file, Map.of(), Map.of(), lines, 1);
    }

    private static SourceText jbakeHeader(Path file, List<String> lines, int separator) {
        Map<String, Object> header = new LinkedHashMap<>();
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (int i = 0; i < separator; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] parts = line.split("=", 2);
            String key = parts[0].strip();
            if (key.isEmpty()) {
                throw new SourceException(file, i + 1, "header line has no key before '=': " + line.strip());
            }
            header.put(key, parts[1].strip());
            keyLines.put(key, i + 1);
        }
        return new SourceText(file, header, keyLines, lines.subList(separator + 1, lines.size()), separator + 2);
    }

    private static SourceText yamlFrontMatter(Path file, List<String> lines, int open) {
        int close = -1;
        for (int i = open + 1; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.equals(YAML_FENCE) || line.equals("...")) {
                close = i;
                break;
            }
        }
        if (close < 0) {
            throw new SourceException(file, open + 1, "front matter opened with '---' is never closed");
        }
        String yaml = String.join("\n", lines.subList(open + 1, close));
        Object parsed;
        try {
            Node root = new Yaml(YamlFile.options()).compose(new StringReader(yaml));
            YamlFile.requireBounded(file, root, open + 2);
            parsed = root == null ? null : value(root);
        } catch (MarkedYAMLException e) {
            int line = open + 2 + e.getProblemMark().getLine();
            throw new SourceException(file, line, "column " + (e.getProblemMark().getColumn() + 1)
                    + ": front matter is not valid YAML: " + e.getProblem() + " (quote a value that holds ': ' or starts with a sign)");
        } catch (YAMLException e) {
            throw new SourceException(file, open + 1, "front matter is not valid YAML: " + e.getMessage());
        }
        Map<String, Object> header = new LinkedHashMap<>();
        if (parsed instanceof Map<?, ?> map) {
            map.forEach((key, value) -> header.put(String.valueOf(key), value));
        } else if (parsed != null) {
            throw new SourceException(file, open + 2, "front matter must be a YAML mapping of keys to values");
        }
        Map<String, Integer> keyLines = new LinkedHashMap<>();
        for (int i = open + 1; i < close; i++) {
            Matcher key = YAML_KEY.matcher(lines.get(i));
            if (key.find()) {
                keyLines.putIfAbsent(key.group(1), i + 1);
            }
        }
        return new SourceText(file, header, keyLines, lines.subList(close + 1, lines.size()), close + 2);
    }

    /**
     * A YAML value as the editor wrote it: text, or lists and mappings of texts. YAML's implicit types are
     * not applied (they would turn "No" into false, "010" into 8 and 2012-02-30 into 1 March); each key's
     * own reader parses its text. Only an empty value or "~" is no value.
     */
    private static Object value(Node node) {
        if (node instanceof ScalarNode scalar) {
            return scalar.getTag().equals(Tag.NULL) ? null : scalar.getValue();
        }
        if (node instanceof SequenceNode sequence) {
            return sequence.getValue().stream().map(SourceHeader::value).toList();
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (NodeTuple tuple : ((MappingNode) node).getValue()) {
            map.put(String.valueOf(value(tuple.getKeyNode())), value(tuple.getValueNode()));
        }
        return map;
    }

    /** A mark saved twice, or kept by a tool that decoded the file before dossier, is not text. */
    private static List<String> withoutByteOrderMark(List<String> lines) {
        if (!lines.isEmpty() && lines.get(0).startsWith("\uFEFF")) {
            List<String> copy = new ArrayList<>(lines);
            copy.set(0, copy.get(0).substring(1));
            return copy;
        }
        return lines;
    }

    private static int firstNonBlank(List<String> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        return i;
    }
}
