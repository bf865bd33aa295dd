package dossier.browser;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.build.BuildOptions;
import dossier.build.Pipeline;
import dossier.build.SmallDossier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A dossier whose every printed field holds markup and a script ({@code <b>&"'} and {@code <script>}):
 * the document's title, symbol, issuing body and text, a date's sentence (timeline), glossary entries,
 * a note and its title, an index entry's heading, qualifier, description and source, an editorial page's
 * title and the dossier title from jbake.properties. In
 * Chromium, from disk, every page kind shows each as text and runs none of it. An editorial page's own
 * HTML (Markdown lets it through) keeps its safe tags and links and loses scripts, handlers and
 * javascript: links.
 */
@ExtendWith(InBrowser.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileTextBrowserTest {

    @TempDir
    static Path dossier;

    private Path site;
    private Browser browser;

    /** What a field holds: its name, then markup that must stay text, then a script that must not run. */
    static String hostile(String field) {
        return field + "<b>&\"'</b><script>window.ran=\"" + field + "\"</script>";
    }

    private static String yaml(String field) {
        return "'" + hostile(field).replace("'", "''") + "'";
    }

    @BeforeAll
    void bakeHostileDossier(Browser browser) {
        SmallDossier.write(dossier.resolve("jbake.properties"), "dossier.title=" + hostile("SITETITLE") + "\ndossier.name=hostile\n");
        SmallDossier.write(dossier.resolve("content/documents/s-2021-400.txt"), """
                ---
                title: %s
                body: %s
                symbol: %s
                date: 2021-05-03
                kind: letter
                ---
                S/2021/400

                Letter dated 3 May 2021 from the Permanent Representative of Ruritania
                to the United Nations addressed to the President of the Security Council

                I have the honour to transmit the statement of my Government on the
                elections of 2 May 2021 %s in Ruritania, by the Ruritanian Electoral Board (REB).

                I should be grateful if the present letter could be circulated as a document
                of the Security Council.
                """.formatted(yaml("DOCTITLE"), yaml("ISSUER"), yaml("SYMBOL"), hostile("BODYTEXT")));
        SmallDossier.write(dossier.resolve("content/glossary.yml"), """
                acronyms:
                  REB:
                    expansion: %s
                    description: %s
                    source: %s
                """.formatted(yaml("EXPANSION"), yaml("DESCRIPTION"), yaml("GLOSSOURCE")));
        SmallDossier.write(dossier.resolve("content/index.yml"), """
                entries:
                  - heading: %s
                    qualifier: %s
                    category: place
                    variants: [Ruritania]
                    description: %s
                    source: %s
                """.formatted(yaml("INDEXHEADING"), yaml("INDEXQUALIFIER"), yaml("INDEXDESCRIPTION"), yaml("INDEXSOURCE")));
        SmallDossier.write(dossier.resolve("content/notes/election.md"), """
                ---
                document: s-2021-400
                title: %s
                ---
                %s
                """.formatted(yaml("NOTETITLE"), hostile("NOTEBODY")));
        SmallDossier.write(dossier.resolve("content/pages/about.md"), """
                title=%s
                type=page
                status=published
                ~~~~~~

                An editorial page, its raw HTML cleaned: <script>window.ran="PAGEBODY"</script>
                <img src="../css/dossier.css" onerror="window.ran='PAGEIMAGE'"> [a bad link](javascript:window.ran='PAGELINK')
                and [a good one](../documents/s-2021-400.html).
                """.formatted(hostile("PAGETITLE")));
        site = dossier.resolve("output");
        Pipeline.build(new BuildOptions(dossier, site, SmallDossier.theme()));
        this.browser = browser;
    }

    @Test
    void everyFieldShowsAsTextOnEveryPageKindAndNoScriptRuns() {
        Map<String, List<String>> expected = new LinkedHashMap<>();
        expected.put("index.html", List.of("SITETITLE", "DOCTITLE", "SYMBOL", "PAGETITLE"));
        expected.put("documents/s-2021-400.html", List.of("SITETITLE", "DOCTITLE", "SYMBOL", "ISSUER", "BODYTEXT",
                "EXPANSION", "NOTETITLE", "NOTEBODY", "INDEXHEADING"));
        expected.put("glossary.html", List.of("SITETITLE", "EXPANSION", "DESCRIPTION", "GLOSSOURCE"));
        expected.put("notes.html", List.of("SITETITLE", "DOCTITLE", "NOTETITLE", "NOTEBODY"));
        expected.put("timeline.html", List.of("SITETITLE", "BODYTEXT"));
        expected.put("citations.html", List.of("SITETITLE"));
        expected.put("search.html?q=Ruritania", List.of("SITETITLE", "BODYTEXT", "INDEXHEADING"));
        expected.put("404.html", List.of("SITETITLE", "DOCTITLE", "SYMBOL"));
        expected.put("subjects.html", List.of("SITETITLE", "INDEXHEADING", "INDEXQUALIFIER", "INDEXDESCRIPTION", "INDEXSOURCE"));
        // Last: its cleaned HTML is read below on the loop's load of it.
        expected.put("pages/about.html", List.of("SITETITLE", "PAGETITLE"));
        assertThat(htmlPages()).as("every page kind is checked")
                .allMatch(page -> expected.keySet().stream().anyMatch(key -> key.startsWith(page)));

        SiteAddress disk = SiteAddress.fromDisk(site);
        Map<String, String> problems = new LinkedHashMap<>();
        for (Map.Entry<String, List<String>> page : expected.entrySet()) {
            browser.open(disk.of(page.getKey()));
            // What the page shows, whether a script ran and what became markup, read in one script.
            Map<String, Object> seen = browser.js("""
                    return {
                      text: document.title + '\\n' + document.body.innerText,
                      ran: window.ran === undefined ? null : String(window.ran),
                      markup: document.querySelectorAll('script:not([src])').length
                          + Array.from(document.querySelectorAll('b')).filter(b => b.textContent.includes('&"\\'')).length
                          + document.querySelectorAll('[onerror], [onclick], [onload], a[href^="javascript:"]').length
                    };
                    """);
            for (String field : page.getValue()) {
                if (!((String) seen.get("text")).contains(hostile(field))) {
                    problems.put(page.getKey() + " " + field, "not shown as text");
                }
            }
            if (seen.get("ran") != null) {
                problems.put(page.getKey(), "script of " + seen.get("ran") + " ran");
            }
            long markup = (long) seen.get("markup");
            if (markup > 0) {
                problems.put(page.getKey() + " markup", markup + " element(s) from the text became markup");
            }
        }
        assertThat(problems).as("hostile text per page and field").isEmpty();
        assertThat((String) browser.js("return document.querySelector('article').innerText"))
                .contains("An editorial page, its raw HTML cleaned:", "a bad link", "a good one");
        assertThat((String) browser.js("return document.querySelector('article a[href]').getAttribute('href')"))
                .as("a relative link survives the cleaning").isEqualTo("../documents/s-2021-400.html");
    }

    private List<String> htmlPages() {
        try (var files = Files.walk(site)) {
            return files.filter(p -> p.toString().endsWith(".html")).map(p -> site.relativize(p).toString().replace('\\', '/')).sorted().toList();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
