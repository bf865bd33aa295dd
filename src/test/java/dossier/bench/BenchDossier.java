package dossier.bench;

import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.model.Document;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A dossier of N documents of UN size and shape made from real texts: the dossier's own sources and the
 * General Assembly corpus, each copy under a symbol and a date of its own (its text keeps its furniture,
 * acronyms and references). The first copy of each text keeps its real symbol, so references between the
 * real texts still land in the dossier. Also writes the same texts as a Hugo site with a bare layout.
 */
public final class BenchDossier {

    /** A real text and the symbol the reader finds in it. */
    private record Original(Path file, String text, String symbol, LocalDate date) {
    }

    private static final Pattern LAST_NUMBER = Pattern.compile("(\\d+)(?!.*\\d)");

    private final List<Original> originals;

    private BenchDossier(List<Original> originals) {
        this.originals = originals;
    }

    /** Reads the real texts once (their symbols and dates, as the reader infers them). */
    public static BenchDossier from(List<Path> folders) throws IOException {
        List<Original> originals = new ArrayList<>();
        for (Path folder : folders) {
            Path scratch = Files.createTempDirectory("bench-read");
            Path documents = Files.createDirectories(scratch.resolve("content/documents"));
            List<Path> files;
            try (Stream<Path> list = Files.list(folder)) {
                files = list.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
            }
            for (Path file : files) {
                Files.writeString(documents.resolve(file.getFileName()), ownKeysOnly(Files.readString(file, StandardCharsets.UTF_8)));
            }
            List<Document> read = Pipeline.read(new BuildOptions(scratch, scratch.resolve("output"), Path.of(".")));
            for (Path file : files) {
                Document document = read.stream()
                        .filter(d -> d.slug().equals(Document.slugOf(file.getFileName().toString()))).findFirst().orElseThrow();
                originals.add(new Original(file, ownKeysOnly(Files.readString(file, StandardCharsets.UTF_8)),
                        document.metadata().symbol(), document.metadata().date()));
            }
        }
        return new BenchDossier(originals);
    }

    /** The text without the front-matter keys of the corpus's extractor (record_id …), which are no dossier keys. */
    private static String ownKeysOnly(String text) {
        if (!text.startsWith("---")) {
            return text;
        }
        int end = text.indexOf("\n---", 3);
        String header = text.substring(0, end).lines()
                .filter(line -> line.equals("---") || line.matches("(symbol|title|date): .*"))
                .reduce("", (a, line) -> a + line + "\n");
        return header + text.substring(end + 1);
    }

    /** Writes {@code size} sources into {@code root}/content/documents (a dossier folder). */
    public void writeDossier(Path root, int size) throws IOException {
        Path documents = Files.createDirectories(root.resolve("content/documents"));
        for (int i = 0; i < size; i++) {
            Files.writeString(documents.resolve(name(i) + ".txt"), copy(i), StandardCharsets.UTF_8);
        }
    }

    /** Writes the same {@code size} texts as a Hugo site with one bare layout. */
    void writeHugo(Path root, int size) throws IOException {
        Path content = Files.createDirectories(root.resolve("content/documents"));
        Path layouts = Files.createDirectories(root.resolve("layouts/_default"));
        Files.writeString(root.resolve("hugo.toml"), "baseURL = 'https://example.org/'\ntitle = 'Bench'\n"
                + "disableKinds = ['taxonomy', 'term', 'RSS', 'sitemap', 'robotsTXT', '404']\n");
        String page = "<!DOCTYPE html><html><head><title>{{ .Title }}</title></head><body>{{ .Content }}</body></html>\n";
        Files.writeString(layouts.resolve("single.html"), page);
        Files.writeString(layouts.resolve("list.html"), "<!DOCTYPE html><html><body><ul>{{ range .Pages }}"
                + "<li><a href=\"{{ .RelPermalink }}\">{{ .Title }}</a></li>{{ end }}</ul></body></html>\n");
        for (int i = 0; i < size; i++) {
            String body = withoutHeader(copy(i));
            Files.writeString(content.resolve(name(i) + ".md"), "---\ntitle: \"" + name(i) + "\"\n---\n" + body,
                    StandardCharsets.UTF_8);
        }
    }

    private static String name(int i) {
        return String.format("doc-%05d", i);
    }

    /** Copy {@code i}: its real text under a new symbol (its last number raised) and a new date. */
    private String copy(int i) {
        Original original = originals.get(i % originals.size());
        int round = i / originals.size();
        if (round == 0) {
            return original.text();
        }
        String text = original.text();
        String symbol = "";
        if (!original.symbol().isEmpty()) {
            Matcher last = LAST_NUMBER.matcher(original.symbol());
            symbol = last.find() ? original.symbol().substring(0, last.start())
                    + (Integer.parseInt(last.group(1)) + 1000 * round) + original.symbol().substring(last.end())
                    : original.symbol() + "-" + round;
            text = text.replace(original.symbol(), symbol);
        }
        LocalDate date = (original.date() == null ? LocalDate.of(2012, 1, 1) : original.date()).plusDays(round);
        return withHeader(text, symbol, date);
    }

    /**
     * The text with its header giving the copy's symbol (the text may print its own in a form the
     * replacement misses) and date, or a JBake header giving them when it has none.
     */
    private static String withHeader(String text, String symbol, LocalDate date) {
        if (text.startsWith("---")) {
            String yaml = text.replaceFirst("(?m)^date: .*$", "date: \"" + date + "\"").replaceFirst("(?m)^symbol: .*\n", "");
            return symbol.isEmpty() ? yaml : "---\nsymbol: " + symbol + yaml.substring(3);
        }
        String keys = (symbol.isEmpty() ? "" : "symbol=" + symbol + "\n") + "date=" + date + "\n";
        if (text.matches("(?s)^[^\n]*=[^\n]*\n.*") && text.contains("~~~~~~")) {
            return keys + text.replaceFirst("(?m)^date=.*\n", "").replaceFirst("(?m)^symbol=.*\n", "");
        }
        return keys + "~~~~~~\n" + text;
    }

    private static String withoutHeader(String text) {
        if (text.startsWith("---")) {
            int end = text.indexOf("\n---", 3);
            return text.substring(text.indexOf('\n', end + 1) + 1);
        }
        int separator = text.indexOf("~~~~~~\n");
        return separator >= 0 && text.substring(0, separator).lines().allMatch(l -> l.isBlank() || l.contains("="))
                ? text.substring(separator + 7) : text;
    }
}
