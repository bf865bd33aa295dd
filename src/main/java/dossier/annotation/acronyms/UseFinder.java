package dossier.annotation.acronyms;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a rendered document text uses the glossary's entries. A definition is not a use of its own
 * entry: in "Economic Community of West African States (ECOWAS)" neither the long form nor the
 * acronym is marked, though another acronym inside a long form is.
 */
final class UseFinder {

    /** One use: the text it is in and where in that text. */
    record Use(TextWalk.Located text, Lexicon.Match match) {
    }

    private UseFinder() {
    }

    static List<Use> find(List<TextWalk.Located> texts, Lexicon lexicon) {
        List<Use> uses = new ArrayList<>();
        for (TextWalk.Located text : texts) {
            String words = text.node().getWholeText();
            List<Definition> definitions = DefinitionFinder.find(words);
            for (Lexicon.Match match : lexicon.find(words)) {
                boolean ownDefinition = definitions.stream().anyMatch(d -> d.covers(match.start(), match.end())
                        && lexicon.entryOf(d.acronym()).filter(match.term().entryId()::equals).isPresent());
                if (!ownDefinition) {
                    uses.add(new Use(text, match));
                }
            }
        }
        return uses;
    }
}
