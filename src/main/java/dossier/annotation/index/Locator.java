package dossier.annotation.index;

/**
 * A place where a document speaks of an entry: the paragraph a link lands on.
 *
 * @param slug    the document
 * @param anchor  the paragraph's fragment id ("para-23")
 * @param entryId the entry
 * @param written the variant as the paragraph writes it (its first match there)
 */
public record Locator(String slug, String anchor, String entryId, String written) {
}
