package dossier.annotation.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.Block;
import dossier.model.Document;
import dossier.model.DocumentKind;
import dossier.model.Metadata;
import dossier.model.ReadingReport;
import dossier.reading.SourceFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static Document document(String slug, LocalDate date, String... paragraphs) {
        List<Block> blocks = Stream.iterate(1, i -> i + 1).limit(paragraphs.length)
                .map(i -> Block.paragraph("para-" + i, paragraphs[i - 1])).toList();
        return new Document(slug, new Metadata("S/1/" + slug, "Title " + slug, date, DocumentKind.REPORT, "", List.of()),
                blocks, new ReadingReport(blocks.size(), 0, 0, List.of()));
    }

    @Test
    void a_full_date_becomes_a_day_linked_to_its_paragraph() {
        Timeline timeline = Timeline.learn(List.of(document("a", null,
                "Nothing dated here.", "On 22 March 2012, a mutiny resulted in a coup.")));

        DateMention mention = timeline.years().get(0).days().get(0).mentions().get(0);
        assertThat(mention.date()).isEqualTo(LocalDate.of(2012, 3, 22));
        assertThat(mention.anchor()).isEqualTo("para-2");
        assertThat(mention.paragraph()).isEqualTo("para. 2");
        assertThat(mention.before() + mention.written() + mention.after())
                .isEqualTo("On 22 March 2012, a mutiny resulted in a coup.");
    }

    @Test
    void in_an_undated_document_dates_without_a_year_and_impossible_dates_are_not_guessed() {
        Timeline timeline = Timeline.learn(List.of(document("a", null,
                "On 6 April, the junta signed. On 31 February 2012 nothing happened. Some 3,000 combatants.")));

        assertThat(timeline.years()).isEmpty();
    }

    @Test
    void a_day_without_a_year_in_a_sentence_of_the_past_takes_the_last_such_day_on_or_before_the_documents_date_and_says_so() {
        Timeline timeline = Timeline.learn(List.of(document("report", LocalDate.of(2012, 11, 28),
                "On 22 March, a mutiny resulted in a coup. By 18 November, the groups held the towns.",
                "Attacks have continued since 30 December, and on 31 February, nothing.")));

        List<DateMention> all = timeline.years().stream().flatMap(y -> y.days().stream())
                .flatMap(d -> d.mentions().stream()).toList();
        assertThat(all).extracting(DateMention::date).containsExactly(
                LocalDate.of(2011, 12, 30), LocalDate.of(2012, 3, 22), LocalDate.of(2012, 11, 18));
        assertThat(all).allSatisfy(m -> assertThat(m.yearInferred()).isTrue());
        assertThat(all.get(1).written()).isEqualTo("22 March");
    }

    @Test
    void a_documents_own_date_in_its_headings_dates_the_document_not_an_event() {
        Block heading = new Block(Block.Type.HEADING, "annex", "", List.of(dossier.model.Span.text(
                "Annex to the letter dated 21 June 2023")), 1, List.of());
        Block paragraph = Block.paragraph("p-1", "The Government asked on 21 June 2023 for the withdrawal.");
        Document letter = new Document("letter", new Metadata("S/2023/463", "Letter", LocalDate.of(2023, 6, 21),
                DocumentKind.LETTER, "", List.of()), List.of(heading, paragraph), new ReadingReport(2, 0, 0, List.of()));

        Timeline.Day day = Timeline.learn(List.of(letter)).years().get(0).days().get(0);
        assertThat(day.issued()).extracting(Document::slug).containsExactly("letter");
        assertThat(day.mentions()).extracting(DateMention::anchor).containsExactly("p-1");
    }

    @Test
    void days_are_in_date_order_grouped_by_year_with_the_documents_issued_that_day() {
        Timeline timeline = Timeline.learn(List.of(
                document("late", LocalDate.of(2013, 1, 5), "Recalling its resolution of 4 April 2012."),
                document("early", LocalDate.of(2012, 4, 4), "Adopted on March 21, 2013 by consensus.")));

        assertThat(timeline.years()).extracting(Timeline.Year::year).containsExactly(2012, 2013);
        List<Timeline.Day> days2013 = timeline.years().get(1).days();
        assertThat(days2013).extracting(Timeline.Day::date)
                .containsExactly(LocalDate.of(2013, 1, 5), LocalDate.of(2013, 3, 21));
        Timeline.Day april = timeline.years().get(0).days().get(0);
        assertThat(april.issued()).extracting(Document::slug).containsExactly("early");
        assertThat(april.mentions()).extracting(DateMention::slug).containsExactly("late");
    }

    @Test
    void a_long_sentence_is_shortened_around_the_date() {
        String filler = "word ".repeat(60);
        Timeline timeline = Timeline.learn(List.of(document("a", null, filler + "on 12 October 2012 " + filler + "end.")));

        DateMention mention = timeline.years().get(0).days().get(0).mentions().get(0);
        assertThat(mention.before()).startsWith("…").hasSizeLessThan(DateFinder.CONTEXT + 3);
        assertThat(mention.after()).endsWith("…").hasSizeLessThan(DateFinder.CONTEXT + 3);
        assertThat(mention.written()).isEqualTo("12 October 2012");
    }

    @Test
    void the_real_dossier_dates_its_own_events() throws IOException {
        List<Document> documents;
        try (Stream<Path> files = Files.list(Path.of("content/documents"))) {
            documents = files.filter(p -> p.toString().endsWith(".txt")).sorted().map(SourceFiles::read).toList();
        }
        Timeline timeline = Timeline.learn(documents);

        List<DateMention> all = timeline.years().stream().flatMap(y -> y.days().stream())
                .flatMap(d -> d.mentions().stream()).toList();
        // The HRC resolution recalls General Assembly resolution 60/251 "of 15 March 2006".
        assertThat(all).anySatisfy(m -> {
            assertThat(m.date()).isEqualTo(LocalDate.of(2006, 3, 15));
            assertThat(m.slug()).isEqualTo("a-hrc-res-34-39");
        });
        // The referral to the ICC "on 13 July 2012", in the draft resolution's preamble.
        assertThat(all).anySatisfy(m -> {
            assertThat(m.date()).isEqualTo(LocalDate.of(2012, 7, 13));
            assertThat(m.slug()).isEqualTo("s-2012-946");
        });
        assertThat(all).allSatisfy(m -> assertThat(m.before() + m.written() + m.after()).contains(m.written()));
        // The Secretary-General's report of 28 November 2012 gives these without their year.
        assertThat(all).anySatisfy(m -> {
            assertThat(m.date()).isEqualTo(LocalDate.of(2012, 3, 22));
            assertThat(m.slug()).isEqualTo("s-2012-894");
            assertThat(m.anchor()).isEqualTo("para-5");
            assertThat(m.after()).startsWith(", a mutiny");
            assertThat(m.yearInferred()).isTrue();
        });
        assertThat(all).anySatisfy(m -> {
            assertThat(m.date()).isEqualTo(LocalDate.of(2012, 4, 6));
            assertThat(m.anchor()).isEqualTo("para-7");
            assertThat(m.after()).startsWith(", the military junta and ECOWAS signed a framework agreement");
        });
        // What the same report says is still to come: "The concept is expected to be considered for approval by
        // the Council on 10 December" (para. 71; para. 88 again), twelve days after the report, not a year before.
        assertThat(all).filteredOn(m -> m.written().equals("10 December") && m.slug().equals("s-2012-894"))
                .extracting(DateMention::anchor, DateMention::date)
                .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("para-71", LocalDate.of(2012, 12, 10)),
                        org.assertj.core.groups.Tuple.tuple("para-88", LocalDate.of(2012, 12, 10)));
        // Para. 88 gives a day past and a day to come in one sentence: each takes its own clause's tense.
        assertThat(all).anySatisfy(m -> {
            assertThat(m.anchor()).isEqualTo("para-88");
            assertThat(m.date()).isEqualTo(LocalDate.of(2012, 11, 19));
        });
        // S/2023/463's annex heading "Annex to the letter dated 21 June 2023 …" only dates the letter.
        assertThat(all).noneSatisfy(m -> {
            assertThat(m.slug()).isEqualTo("s-2023-463");
            assertThat(m.anchor()).startsWith("annex").doesNotContain("-p-");
        });
    }
}
