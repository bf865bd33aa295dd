package dossier.annotation.acronyms;

import java.util.Map;

/**
 * What an acronym stands for in one language.
 *
 * @param language an ISO 639-1 code ("en", "fr"), or empty where the documents give the long form
 *                 without saying
 * @param text     the long form
 */
public record Expansion(String language, String text) {

    private static final Map<String, String> NAMES = Map.of("en", "English", "fr", "French", "es", "Spanish",
            "ar", "Arabic", "ru", "Russian", "zh", "Chinese", "pt", "Portuguese");

    /** "French", for the glossary page. */
    public String languageName() {
        return NAMES.getOrDefault(language, language);
    }
}
