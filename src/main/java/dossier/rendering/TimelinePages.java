package dossier.rendering;

import dossier.annotation.timeline.DateMention;
import dossier.annotation.timeline.Timeline;
import dossier.model.Document;
import dossier.model.PageAddress;
import dossier.model.UnDates;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The timeline as pages a reader can open at any size: one page while it is small, as a small dossier
 * always had; past that, an overview of the years with their counts, and a page per year, or per month of
 * a year too large for one page, or numbered pages of a month too large for one (a day too large for one
 * is continued on the next). A year split by month keeps its page's address as an overview of its months.
 * Every address a smaller build published keeps landing: the overview keeps the first page's, and
 * js/timeline.js sends an old link to a day ({@code timeline.html#d-2012-03-22}, {@code timeline-2012.html#d-…},
 * {@code timeline-2012-03.html#d-…} once March has parts) on to the page that now holds it.
 */
public final class TimelinePages {

    public static final String FILE = PageAddress.TIMELINE;
    static final String TEMPLATE = "timeline.ftlh";
    static final String TITLE = "Timeline";
    /** The markup around an entry (its list item, heading or link and the inferred year's note), in characters. */
    private static final int ENTRY_MARKUP = 260;

    /**
     * One page of a split timeline, holding the days after the page before's last day up to its own.
     *
     * @param file      its file
     * @param label     its heading ("2012", "March 2013", "March 2013 (2 of 3)")
     * @param year      its year
     * @param entries   the documents issued and the dates mentioned it holds
     * @param after     the page before's last day ("" for the first page): an old link to a day after it, up to
     *                  this page's last, lands here
     * @param last      its last day
     * @param continued the day it continues from the page before, or null
     */
    public record Section(String file, String label, int year, int entries, String after, LocalDate last, LocalDate continued,
                          Timeline timeline) {
    }

    /**
     * A year of a split timeline: its page ("timeline-2012.html") holds it whole, or is an overview of its
     * sections (a page per month …).
     */
    public record Year(int year, String file, List<Section> sections) {

        public boolean split() {
            return !sections.get(0).file().equals(file);
        }

        public int entries() {
            return sections.stream().mapToInt(Section::entries).sum();
        }

        public String after() {
            return sections.get(0).after();
        }

        public LocalDate last() {
            return sections.get(sections.size() - 1).last();
        }
    }

    private TimelinePages() {
    }

    public static List<DossierPage> of(Timeline timeline, PageBudget budget) {
        if (characters(timeline.years()) <= budget.timelineCharacters()) {
            return List.of(new DossierPage(FILE, TEMPLATE, TITLE, () -> Map.of("timeline", timeline)));
        }
        List<Section> sections = sections(timeline, budget.timelineCharacters());
        List<Year> years = years(sections);
        List<DossierPage> out = new ArrayList<>();
        out.add(new DossierPage(FILE, TEMPLATE, TITLE, () -> Map.of("timeline", timeline, "years", years, "sections", sections,
                "overview", true)));
        for (Year year : years) {
            if (year.split()) {
                out.add(new DossierPage(year.file(), TEMPLATE, TITLE + ", " + year.year(), () -> Map.of("timeline", timeline,
                        "years", years, "year", year, "current", year.file()), false));
            }
            for (Section section : year.sections()) {
                Map<String, Object> values = new LinkedHashMap<>(Map.of("timeline", section.timeline(), "years", years, "year", year,
                        "section", section, "current", section.file()));
                if (section.continued() != null) {
                    values.put("continued", section.continued().toString());
                }
                out.add(new DossierPage(section.file(), TEMPLATE, TITLE + ", " + section.label(), () -> values, false));
            }
        }
        return out;
    }

    /** The sections by year, in order. */
    private static List<Year> years(List<Section> sections) {
        Map<Integer, List<Section>> byYear = new LinkedHashMap<>();
        sections.forEach(s -> byYear.computeIfAbsent(s.year(), y -> new ArrayList<>()).add(s));
        List<Year> years = new ArrayList<>();
        byYear.forEach((year, in) -> years.add(new Year(year, PageAddress.part(FILE, String.valueOf(year)), List.copyOf(in))));
        return years;
    }

    /** A page per year, or per month of a year larger than a page, or numbered pages of a month larger than one. */
    private static List<Section> sections(Timeline timeline, int limit) {
        List<Section> out = new ArrayList<>();
        for (Timeline.Year year : timeline.years()) {
            if (characters(List.of(year)) <= limit) {
                out.add(section(out, PageAddress.part(FILE, String.valueOf(year.year())), String.valueOf(year.year()), year, null));
                continue;
            }
            Map<Month, List<Timeline.Day>> months = new LinkedHashMap<>();
            year.days().forEach(day -> months.computeIfAbsent(day.date().getMonth(), m -> new ArrayList<>()).add(day));
            months.forEach((month, days) -> {
                String file = PageAddress.part(FILE, String.valueOf(year.year()), String.format(Locale.ROOT, "%02d", month.getValue()));
                String label = UnDates.MONTHS.get(month.getValue() - 1) + " " + year.year();
                List<List<Timeline.Day>> runs = runs(days, limit);
                for (int i = 0; i < runs.size(); i++) {
                    List<Timeline.Day> run = runs.get(i);
                    boolean continues = i > 0 && runs.get(i - 1).get(runs.get(i - 1).size() - 1).date().equals(run.get(0).date());
                    out.add(section(out, PageAddress.numbered(file, i + 1),
                            runs.size() == 1 ? label : label + " (" + (i + 1) + " of " + runs.size() + ")",
                            new Timeline.Year(year.year(), List.copyOf(run)), continues ? run.get(0).date() : null));
                }
            });
        }
        return out;
    }

    /** The section that follows {@code before}. */
    private static Section section(List<Section> before, String file, String label, Timeline.Year year, LocalDate continued) {
        String after = before.isEmpty() ? "" : before.get(before.size() - 1).last().toString();
        return new Section(file, label, year.year(), entries(year), after, year.days().get(year.days().size() - 1).date(), continued,
                new Timeline(List.of(year)));
    }

    /**
     * The days in runs of at most {@code limit} characters; a day larger than that in parts, its documents issued
     * first, then its mentions, in order.
     */
    private static List<List<Timeline.Day>> runs(List<Timeline.Day> days, int limit) {
        List<List<Timeline.Day>> runs = new ArrayList<>();
        List<Timeline.Day> run = new ArrayList<>();
        int size = 0;
        for (Timeline.Day day : days) {
            List<Document> issued = new ArrayList<>();
            List<DateMention> mentions = new ArrayList<>();
            for (Object entry : entriesOf(day)) {
                int more = characters(entry);
                if (size + more > limit && (!run.isEmpty() || !issued.isEmpty() || !mentions.isEmpty())) {
                    if (!issued.isEmpty() || !mentions.isEmpty()) {
                        run.add(new Timeline.Day(day.date(), List.copyOf(issued), List.copyOf(mentions)));
                    }
                    runs.add(run);
                    run = new ArrayList<>();
                    issued.clear();
                    mentions.clear();
                    size = 0;
                }
                if (entry instanceof Document document) {
                    issued.add(document);
                } else {
                    mentions.add((DateMention) entry);
                }
                size += more;
            }
            run.add(issued.size() == day.issued().size() && mentions.size() == day.mentions().size() ? day
                    : new Timeline.Day(day.date(), List.copyOf(issued), List.copyOf(mentions)));
        }
        runs.add(run);
        return runs;
    }

    private static List<Object> entriesOf(Timeline.Day day) {
        List<Object> entries = new ArrayList<>(day.issued());
        entries.addAll(day.mentions());
        return entries;
    }

    private static int entries(Timeline.Year year) {
        return year.days().stream().mapToInt(d -> d.issued().size() + d.mentions().size()).sum();
    }

    /** What the years' entries take on a page, in characters: their text and their markup. */
    private static long characters(List<Timeline.Year> years) {
        return years.stream().flatMap(y -> y.days().stream()).flatMap(d -> entriesOf(d).stream()).mapToLong(TimelinePages::characters).sum();
    }

    private static int characters(Object entry) {
        if (entry instanceof Document document) {
            return ENTRY_MARKUP + document.metadata().title().length() + document.metadata().symbol().length() + document.slug().length();
        }
        DateMention m = (DateMention) entry;
        return ENTRY_MARKUP + m.before().length() + m.written().length() + m.after().length() + m.reason().length()
                + m.document().length() + m.paragraph().length() + m.slug().length() + m.anchor().length();
    }
}
