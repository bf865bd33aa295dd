package dossier.annotation.acronyms;

import dossier.annotation.Annotator;
import dossier.annotation.Ledger;
import dossier.model.Document;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Marks every use of a glossary entry in a document's text. An acronym becomes
 * {@code <a class="acronym" href="../glossary.html#id" data-expansion="…"><abbr title="…">ECOWAS</abbr></a>}:
 * the link leads to the glossary entry, and the expansion shows on hover, on keyboard focus and on tap
 * (dossier.css and dossier.js), not only in the title a mouse reveals. A long form written out is
 * linked the same way, showing its acronym. Inside a link the document already has, the use is marked
 * without a second link, and shows its expansion when that link has the focus.
 */
public final class AcronymAnnotator implements Annotator {

    /** Where the glossary is from a document page (documents/slug.html). */
    static final String GLOSSARY_FROM_DOCUMENT = "../glossary.html";

    /** A use marked on a page: of which entry, as written, and whether written as an acronym (not its long form). */
    record Use(String entryId, String written, boolean acronym) {
    }

    /** The ledger's record of every use marked, at its anchor. */
    static final Ledger.Kind<Use> USES = new Ledger.Kind<>("acronym uses");
    /** Words used like acronyms that nothing explains, as the pages show them. */
    static final Ledger.Kind<String> UNEXPLAINED = new Ledger.Kind<>("unexplained acronyms");

    private final Glossary glossary;
    private final Ledger ledger;
    private Glossary withUses;

    AcronymAnnotator(Glossary glossary, Ledger ledger) {
        this.glossary = glossary;
        this.ledger = ledger;
    }

    @Override
    public void annotate(Document document, Element text) {
        List<TextWalk.Located> texts = TextWalk.texts(text);
        for (TextWalk.Located located : texts) {
            for (String acronym : UnexplainedAcronyms.candidates(located.node().getWholeText(), glossary.lexicon())) {
                ledger.record(UNEXPLAINED, document.slug(), located.anchor(), acronym);
            }
        }
        Map<TextNode, List<UseFinder.Use>> byText = new LinkedHashMap<>();
        for (UseFinder.Use use : UseFinder.find(texts, glossary.lexicon())) {
            byText.computeIfAbsent(use.text().node(), n -> new ArrayList<>()).add(use);
            Lexicon.Term term = use.match().term();
            ledger.record(USES, document.slug(), use.text().anchor(), new Use(term.entryId(), term.written(), term.acronym()));
        }
        byText.forEach(this::mark);
    }

    /** The glossary with every use marked; read once every document is annotated. */
    public synchronized Glossary withUses() {
        if (withUses == null) {
            withUses = glossary.withUses(ledger);
        }
        return withUses;
    }

    /**
     * Values for the "Acronyms in this document" aside (parts/acronyms-aside.ftlh): a list of maps with
     * id, acronym (as the document writes it), expansion, count (of uses) and defined (whether the
     * document spells it out). Plain lists and maps of text, because JBake stores page data in
     * its OrientDB cache, which cannot store records.
     */
    @Override
    public Map<String, Object> pageData(Document document) {
        List<Map<String, Object>> acronyms = new ArrayList<>();
        for (Glossary.InDocument used : withUses().in(document.slug())) {
            Map<String, Object> item = new LinkedHashMap<>();
            item.put("id", used.entry().id());
            item.put("acronym", String.join(" / ", used.written()));
            item.put("expansion", used.entry().expansion());
            item.put("count", used.count());
            item.put("defined", used.definedHere());
            acronyms.add(item);
        }
        return Map.of("acronyms", acronyms);
    }

    private void mark(TextNode node, List<UseFinder.Use> uses) {
        String words = node.getWholeText();
        int at = 0;
        for (UseFinder.Use use : uses) {
            Lexicon.Match match = use.match();
            if (match.start() > at) {
                node.before(new TextNode(words.substring(at, match.start())));
            }
            node.before(markup(words.substring(match.start(), match.end()), match.term(), use.text().inLink()));
            at = match.end();
        }
        if (at < words.length()) {
            node.before(new TextNode(words.substring(at)));
        }
        node.remove();
    }

    private Node markup(String written, Lexicon.Term term, boolean inLink) {
        Entry entry = glossary.entry(term.entryId()).orElseThrow();
        String shown = term.acronym() ? entry.expansion() : entry.acronym();
        // Inside a link the document already has, that link takes the focus: nothing focusable may nest in it.
        Element mark = inLink ? new Element(term.acronym() ? "abbr" : "span")
                : new Element("a").attr("href", GLOSSARY_FROM_DOCUMENT + "#" + entry.id());
        mark.addClass(TextWalk.MARK_CLASS).attr("data-entry", entry.id()).attr("data-expansion", shown);
        if (!term.acronym()) {
            mark.addClass("acronym-long").appendText(written);
        } else if (mark.normalName().equals("abbr")) {
            mark.attr("title", shown).appendText(written);
        } else {
            mark.appendElement("abbr").attr("title", shown).appendText(written);
        }
        return mark;
    }
}
