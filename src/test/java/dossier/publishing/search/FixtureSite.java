package dossier.publishing.search;

import dossier.annotation.Mark;
import dossier.annotation.acronyms.AcronymAnnotator;
import dossier.model.Block;
import dossier.model.Document;
import dossier.model.DocumentKind;
import dossier.model.DocumentText;
import dossier.model.Metadata;
import dossier.model.Passage;
import dossier.model.ReadingReport;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A small dossier of our own: documents as the reader would model them, with the glossary uses the annotator would mark. */
final class FixtureSite {

    private static final AcronymAnnotator.Use ECOWAS = new AcronymAnnotator.Use("ecowas", "ECOWAS", true,
            "Economic Community of West African States");

    private FixtureSite() {
    }

    /** A document of plain paragraphs, "para-1" and on. */
    static Document document(String slug, String symbol, String... paragraphs) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.length; i++) {
            blocks.add(Block.paragraph("para-" + (i + 1), paragraphs[i]));
        }
        return new Document(slug, new Metadata(symbol, "Fixture " + symbol, LocalDate.of(2012, 12, 20),
                DocumentKind.REPORT, "Security Council", List.of()), blocks, new ReadingReport(0, 0, 0, List.of()));
    }

    /** The index of documents whose every "ECOWAS" is marked as the glossary's use. */
    static SearchIndex index(List<Document> documents) {
        SearchIndex.Builder builder = new SearchIndex.Builder();
        for (Document document : documents) {
            DocumentText text = DocumentText.of(document);
            List<Mark> marks = new ArrayList<>();
            for (Passage passage : text.passages()) {
                for (int at = passage.text().indexOf("ECOWAS"); at >= 0; at = passage.text().indexOf("ECOWAS", at + 1)) {
                    marks.add(new Mark(passage.index(), at, at + "ECOWAS".length(), Mark.Kind.ACRONYM, ECOWAS));
                }
            }
            builder.add(document, SearchIndex.page(text, marks));
        }
        return builder.build();
    }

    /** The acronym dossier: ECOWAS marked once, its expansion spelled out elsewhere, and a ranking case. */
    static SearchIndex acronymsAndRanking() {
        return index(List.of(
                document("fixture-a", "S/2099/1",
                        "1. The mediator of ECOWAS met the parties in Ouagadougou.",
                        "2. The Economic Community of West African States appointed a mediator.",
                        "3. Mediation by the region: the mediator reported twice, and the mediator's second report was adopted."),
                document("fixture-b", "S/2099/2", """
                        1. The Council thanked the many members, partners, donors, envoys, organizations, agencies, countries, \
                        funds, programmes, observers, experts, committees, groups, offices and institutions that took part in the long \
                        consultations held throughout the year on the situation, and among them a mediator.""")));
    }
}
