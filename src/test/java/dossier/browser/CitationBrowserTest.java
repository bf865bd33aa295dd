package dossier.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.model.Document;
import dossier.model.PageAddress;
import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.Key;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What a reference manager reads from the real dossier opened from disk: each document page's citation_*
 * and Dublin Core meta tags, and the RIS, BibTeX and CSL-JSON files its cite box and the "How to cite" page
 * offer, parsed as reference managers parse them, against each document's header and inferred metadata.
 */
class CitationBrowserTest extends SiteInBrowser {

    /** RIS's tag grammar: two capitals (or a capital and a digit), two spaces, a hyphen, a space and the value. */
    private static final Pattern RIS_LINE = Pattern.compile("([A-Z][A-Z0-9])  - (.*)");

    private List<Document> documents;

    @Override
    protected Sites.Way way() {
        return Sites.Way.FROM_DISK;
    }

    @BeforeAll
    void readTheSources() {
        documents = Pipeline.read(new BuildOptions(Path.of("."), site.root(), Path.of(".")));
        assertThat(documents).hasSize(5);
    }

    private static String slashed(Document d) {
        return d.metadata().date().toString().replace('-', '/');
    }

    /**
     * Each document page loaded once for both: its meta tags, and the three files its cite box offers (a load
     * of each page per check cost Chromium more than the checks).
     */
    @Test
    void eachDocumentPagesMetaTagsCarryItsMetadataAndItsThreeDownloadsParseAndHoldItsSymbolTitleDateAndBody() throws Exception {
        for (Document d : documents) {
            String page = PageAddress.of(d.slug());
            browser.open(address.of(page));
            metaTagsCarryItsMetadata(d, page);
            threeDownloadsParseAndHoldItsSymbolTitleDateAndBody(d, downloadLinks());
        }
    }

    /** On the document's page open. */
    private void metaTagsCarryItsMetadata(Document d, String page) {
        Map<String, List<String>> meta = browser.js("""
                const out = {};
                document.querySelectorAll('head meta[name]').forEach(m => (out[m.name] = out[m.name] || []).push(m.content));
                return out;
                """);
        var m = d.metadata();
        assertThat(meta.get("citation_title")).as(page).containsExactly(m.title());
        assertThat(meta.get("DC.title")).as(page).containsExactly(m.title());
        assertThat(meta.get("citation_date")).as(page).containsExactly(slashed(d));
        assertThat(meta.get("DC.date")).as(page).containsExactly(m.date().toString());
        assertThat(meta.get("citation_technical_report_institution")).as(page).singleElement()
                .asString().startsWith("United Nations").endsWith(m.body());
        assertThat(meta.get("DC.publisher")).as(page).containsExactly("United Nations");
        assertThat(meta.get("citation_language")).as(page).containsExactly("en");
        if (m.symbol().isEmpty()) {
            assertThat(meta).as(page).doesNotContainKeys("citation_technical_report_number", "DC.identifier");
        } else {
            assertThat(meta.get("citation_technical_report_number")).as(page).containsExactly(m.symbol());
            assertThat(meta.get("DC.identifier")).as(page).containsExactly(m.symbol());
        }
        // An offline site names no address of its own, and these headers give no official PDF.
        assertThat(d.header()).doesNotContainKey("source_pdf");
        assertThat(meta).as(page).doesNotContainKeys("citation_public_url", "citation_abstract_html_url", "citation_pdf_url");
    }

    /** The text of a file the browser's page links to, read from the address the browser resolved. */
    private static String fetched(String href) throws Exception {
        return Files.readString(Path.of(URI.create(href)), StandardCharsets.UTF_8);
    }

    /** The RIS, BibTeX and CSL-JSON files the page open links to, by the links' text. */
    private Map<String, String> downloadLinks() {
        return browser.js("""
                const out = {};
                document.querySelectorAll('a[href$=".ris"], a[href$=".bib"], a[href$=".csl.json"]').forEach(a => out[a.textContent.trim()] = a.href);
                return out;
                """);
    }

    private static void threeDownloadsParseAndHoldItsSymbolTitleDateAndBody(Document d, Map<String, String> files) throws Exception {
        assertThat(files).as(d.slug()).containsOnlyKeys("RIS", "BibTeX", "CSL-JSON");
        checkRis(fetched(files.get("RIS")), List.of(d));
        checkBibTex(fetched(files.get("BibTeX")), List.of(d));
        checkCsl(fetched(files.get("CSL-JSON")), List.of(d));
    }

    @Test
    void howToCiteOffersTheWholeDossierInEachFormat() throws Exception {
        browser.open(address.of("pages/cite.html"));
        Map<String, String> files = downloadLinks();
        assertThat(files).containsOnlyKeys("RIS", "BibTeX", "CSL-JSON");
        List<Document> inOrder = documents.stream().sorted(Document.ORDER).toList();
        checkRis(fetched(files.get("RIS")), inOrder);
        checkBibTex(fetched(files.get("BibTeX")), inOrder);
        checkCsl(fetched(files.get("CSL-JSON")), inOrder);
    }

    private static void checkRis(String text, List<Document> expected) {
        List<Map<String, String>> records = new ArrayList<>();
        Map<String, String> record = null;
        for (String line : text.split("\r\n")) {
            var tag = RIS_LINE.matcher(line);
            assertThat(tag.matches()).as("RIS line \"%s\"", line).isTrue();
            if (tag.group(1).equals("TY")) {
                record = new LinkedHashMap<>();
            }
            assertThat(record).as("a tag before TY: %s", line).isNotNull();
            record.put(tag.group(1), tag.group(2));
            if (tag.group(1).equals("ER")) {
                records.add(record);
                record = null;
            }
        }
        assertThat(records).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            var m = expected.get(i).metadata();
            Map<String, String> r = records.get(i);
            assertThat(r.get("TY")).isEqualTo("RPRT");
            assertThat(r.get("TI")).isEqualTo(m.title());
            assertThat(r.get("DA")).isEqualTo(slashed(expected.get(i)));
            assertThat(r.get("AU")).endsWith(m.body());
            assertThat(r.get("SN")).isEqualTo(m.symbol().isEmpty() ? null : m.symbol());
        }
    }

    private static void checkBibTex(String text, List<Document> expected) throws Exception {
        BibTeXDatabase database = new BibTeXParser().parse(new StringReader(text));
        assertThat(database.getEntries()).hasSameSizeAs(expected);
        for (Document d : expected) {
            BibTeXEntry entry = database.resolveEntry(new Key(d.slug()));
            assertThat(entry.getType()).isEqualTo(BibTeXEntry.TYPE_TECHREPORT);
            assertThat(entry.getField(BibTeXEntry.KEY_TITLE).toUserString()).isEqualTo("{" + d.metadata().title() + "}");
            assertThat(entry.getField(new Key("date")).toUserString()).isEqualTo(d.metadata().date().toString());
            assertThat(entry.getField(BibTeXEntry.KEY_YEAR).toUserString()).isEqualTo(Integer.toString(d.metadata().date().getYear()));
            assertThat(entry.getField(BibTeXEntry.KEY_INSTITUTION).toUserString()).endsWith(d.metadata().body());
            if (!d.metadata().symbol().isEmpty()) {
                assertThat(entry.getField(BibTeXEntry.KEY_NUMBER).toUserString()).isEqualTo(d.metadata().symbol());
            }
        }
    }

    private static void checkCsl(String text, List<Document> expected) throws Exception {
        JsonNode items = new ObjectMapper().readTree(text);
        assertThat(items.isArray()).isTrue();
        assertThat(items).hasSameSizeAs(expected);
        for (int i = 0; i < expected.size(); i++) {
            Document d = expected.get(i);
            JsonNode item = items.get(i);
            assertThat(item.get("id").asText()).isEqualTo(d.slug());
            assertThat(item.get("type").asText()).isEqualTo("report");
            assertThat(item.get("title").asText()).isEqualTo(d.metadata().title());
            assertThat(item.get("issued").get("date-parts").get(0)).extracting(JsonNode::asInt).containsExactly(
                    d.metadata().date().getYear(), d.metadata().date().getMonthValue(), d.metadata().date().getDayOfMonth());
            assertThat(item.get("author").get(0).get("literal").asText()).endsWith(d.metadata().body());
            assertThat(item.path("number").asText()).isEqualTo(d.metadata().symbol());
        }
    }
}
