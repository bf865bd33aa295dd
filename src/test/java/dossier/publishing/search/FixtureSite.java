package dossier.publishing.search;

import dossier.model.Document;
import dossier.model.DocumentKind;
import dossier.model.Metadata;
import dossier.model.ReadingReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

/** A small site of our own: document pages written by the test, as the bake would write them. */
final class FixtureSite {

    private FixtureSite() {
    }

    /** Writes documents/SLUG.html with the given #document-text content and returns its model. */
    static Document page(Path site, String slug, String symbol, String documentText) throws IOException {
        Files.createDirectories(site.resolve("documents"));
        Files.writeString(site.resolve("documents/" + slug + ".html"), """
                <!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>%s</title></head><body>
                <main><article><header data-added><h1>%s</h1></header>
                <div id="document-text">%s</div>
                <aside><p id="aside-note">Added by the build about ECOWAS.</p></aside></article></main></body></html>
                """.formatted(symbol, symbol, documentText));
        return new Document(slug, new Metadata(symbol, "Fixture " + symbol, LocalDate.of(2012, 12, 20),
                DocumentKind.REPORT, "Security Council", List.of()), List.of(), new ReadingReport(0, 0, 0, List.of()));
    }

    /** The acronym page: ECOWAS marked up once, its expansion spelled out elsewhere, and a ranking case. */
    static List<Document> acronymsAndRanking(Path site) throws IOException {
        return List.of(
                page(site, "fixture-a", "S/2099/1", """
                        <p id="para-1">1. The mediator of <abbr title="Economic Community of West African States">ECOWAS</abbr> met the parties in Ouagadougou.</p>
                        <p id="para-2">2. The Economic Community of West African States appointed a mediator.</p>
                        <p id="para-3">3. Mediation by the region: the mediator reported twice, and the mediator's second report was adopted.</p>
                        """),
                page(site, "fixture-b", "S/2099/2", """
                        <p id="para-1">1. The Council thanked the many members, partners, donors, envoys, organizations, agencies, countries,
                        funds, programmes, observers, experts, committees, groups, offices and institutions that took part in the long
                        consultations held throughout the year on the situation, and among them a mediator.</p>
                        """));
    }
}
