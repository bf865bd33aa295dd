package dossier.annotation.timeline;

import java.time.LocalDate;

/**
 * A full date written in a document's text, with the sentence that gives it meaning.
 *
 * @param date      the date mentioned
 * @param slug      the document that mentions it
 * @param document  how to name that document: its symbol, or its title where it has none
 * @param anchor    the paragraph that mentions it
 * @param paragraph how to name that paragraph ("para. 12")
 * @param before    the words before the date in its sentence (shortened with … when long)
 * @param written   the date as written
 * @param after     the words after it
 * @param yearInferred whether the text gives no year and it is inferred from the document's date
 * @param reason    why that year: "after the document’s date: “is expected to”" (empty for a full date)
 */
public record DateMention(LocalDate date, String slug, String document, String anchor, String paragraph,
                          String before, String written, String after, boolean yearInferred, String reason) {
}
