package dossier.rendering;

import dossier.annotation.timeline.Timeline;
import dossier.model.PageAddress;
import dossier.model.UnDates;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The timeline as pages a reader can open at any size: one page while it is small, as a small dossier
 * always had; past that, an overview of the years with their counts, and a page per year, or per month of
 * a year too large for one page. The overview keeps the old page's address, and sends an old link into it
 * ({@code timeline.html#d-2012-03-22}) on to the page that now holds that day.
 */
public final class TimelinePages {

    public static final String FILE = PageAddress.TIMELINE;
    static final String TEMPLATE = "timeline.ftlh";
    static final String TITLE = "Timeline";
    /** Entries (a document issued, a date mentioned) a page holds at most: some 500 bytes each, under 500 KB a page. */
    static final int ENTRIES_PER_PAGE = 600;

    /** One page of a split timeline: its file, its heading ("2012", "March 2013"), its year and what it holds. */
    public record Section(String file, String label, int year, int entries, Timeline timeline) {
    }

    private TimelinePages() {
    }

    public static List<DossierPage> of(Timeline timeline) {
        if (entries(timeline.years()) <= ENTRIES_PER_PAGE) {
            return List.of(new DossierPage(FILE, TEMPLATE, TITLE, () -> Map.of("timeline", timeline)));
        }
        List<Section> sections = sections(timeline);
        Map<String, String> pages = new LinkedHashMap<>();
        for (Section section : sections) {
            pages.putIfAbsent(String.valueOf(section.year()), section.file());
            pages.put(section.file().replaceAll("timeline-|\\.html", ""), section.file());
        }
        List<DossierPage> out = new ArrayList<>();
        out.add(new DossierPage(FILE, TEMPLATE, TITLE, () -> Map.of("timeline", timeline, "sections", sections, "pages", pages)));
        for (Section section : sections) {
            out.add(new DossierPage(section.file(), TEMPLATE, TITLE + ", " + section.label(),
                    () -> Map.of("timeline", section.timeline(), "sections", sections, "current", section.file()), false));
        }
        return out;
    }

    /** A page per year, or per month of a year with more entries than a page holds. */
    private static List<Section> sections(Timeline timeline) {
        List<Section> out = new ArrayList<>();
        for (Timeline.Year year : timeline.years()) {
            int entries = entries(List.of(year));
            if (entries <= ENTRIES_PER_PAGE) {
                out.add(new Section("timeline-" + year.year() + ".html", String.valueOf(year.year()), year.year(), entries,
                        new Timeline(List.of(year))));
                continue;
            }
            Map<Month, List<Timeline.Day>> months = new LinkedHashMap<>();
            year.days().forEach(day -> months.computeIfAbsent(day.date().getMonth(), m -> new ArrayList<>()).add(day));
            months.forEach((month, days) -> {
                Timeline.Year part = new Timeline.Year(year.year(), List.copyOf(days));
                out.add(new Section(String.format(Locale.ROOT, "timeline-%d-%02d.html", year.year(), month.getValue()),
                        UnDates.MONTHS.get(month.getValue() - 1) + " " + year.year(), year.year(), entries(List.of(part)),
                        new Timeline(List.of(part))));
            });
        }
        return out;
    }

    private static int entries(List<Timeline.Year> years) {
        return years.stream().flatMap(y -> y.days().stream()).mapToInt(d -> d.issued().size() + d.mentions().size()).sum();
    }
}
