package dossier.annotation.index;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A small map of the places the registry gives coordinates for, drawn at build time as SVG (no tiles,
 * no network): each place a dot linked to its entry, labelled where the label fits. Equirectangular,
 * with longitudes shortened by the cosine of the middle latitude so that distances look right near it.
 *
 * @param width  of the drawing, in SVG units
 * @param height of the drawing
 * @param pins   the places, most mentioned first
 */
public record PlaceMap(int width, int height, List<Pin> pins) {

    static final int WIDTH = 640;
    static final int MAX_HEIGHT = WIDTH;
    private static final int MARGIN = 24;
    /** Rough size of a label's letter, for keeping labels apart. */
    private static final double LETTER = 6.5;
    private static final double LINE = 12;

    /**
     * A place on the map; its label at (labelX, labelY), anchored "start" or "end", or none (empty
     * anchor) where no position leaves it clear of the labels already placed.
     */
    public record Pin(String id, String label, double x, double y, double labelX, double labelY, String anchor) {
    }

    /** A place to draw and how often the documents name it (more named, labelled first). */
    record Place(IndexEntry entry, int paragraphs) {
    }

    static PlaceMap of(List<Place> places) {
        List<Place> located = places.stream().filter(p -> p.entry().coordinates().size() == 2)
                .sorted(Comparator.comparingInt(Place::paragraphs).reversed().thenComparing(p -> p.entry().label()))
                .toList();
        if (located.isEmpty()) {
            return new PlaceMap(WIDTH, 0, List.of());
        }
        double north = located.stream().mapToDouble(p -> lat(p)).max().orElseThrow();
        double south = located.stream().mapToDouble(p -> lat(p)).min().orElseThrow();
        double west = located.stream().mapToDouble(p -> lon(p)).min().orElseThrow();
        double east = located.stream().mapToDouble(p -> lon(p)).max().orElseThrow();
        double squeeze = Math.cos(Math.toRadians((north + south) / 2));
        double spanX = Math.max((east - west) * squeeze, 1);
        double spanY = Math.max(north - south, 1);
        // Places spread north to south more than east to west (two at one longitude) set the scale by their
        // height, so that the map is never taller than it is wide; it is then centred across.
        double scale = Math.min((WIDTH - 2 * MARGIN) / spanX, (MAX_HEIGHT - 2 * MARGIN) / spanY);
        int height = (int) Math.ceil(spanY * scale) + 2 * MARGIN;
        double left = (WIDTH - (east - west) * squeeze * scale) / 2;
        List<double[]> points = located.stream().map(p -> new double[] {
                left + (lon(p) - west) * squeeze * scale, MARGIN + (north - lat(p)) * scale}).toList();
        // Every dot first, so that no label covers a dot placed after it.
        List<double[]> taken = new ArrayList<>();
        points.forEach(xy -> taken.add(new double[] {xy[0] - 4, xy[1] - 4, xy[0] + 4, xy[1] + 4}));
        List<Pin> pins = new ArrayList<>();
        for (int i = 0; i < located.size(); i++) {
            pins.add(label(located.get(i).entry(), points.get(i)[0], points.get(i)[1], taken));
        }
        return new PlaceMap(WIDTH, height, List.copyOf(pins));
    }

    /** The first of right, left, above and below where the label overlaps nothing placed and stays on the map. */
    private static Pin label(IndexEntry entry, double x, double y, List<double[]> taken) {
        double w = entry.heading().length() * LETTER;
        double[][] tries = {{x + 6, y + 4, 0}, {x - 6, y + 4, 1}, {x - w / 2, y - 8, 0}, {x - w / 2, y + 16, 0}};
        for (double[] t : tries) {
            double left = t[2] == 1 ? t[0] - w : t[0];
            double[] box = {left, t[1] - LINE + 2, left + w, t[1] + 2};
            if (box[0] >= 0 && box[2] <= WIDTH && taken.stream().noneMatch(b -> overlap(b, box))) {
                taken.add(box);
                return new Pin(entry.id(), entry.heading(), x, y, t[0], t[1], t[2] == 1 ? "end" : "start");
            }
        }
        return new Pin(entry.id(), entry.heading(), x, y, x, y, "");
    }

    private static boolean overlap(double[] a, double[] b) {
        return a[0] < b[2] && b[0] < a[2] && a[1] < b[3] && b[1] < a[3];
    }

    private static double lat(Place p) {
        return p.entry().coordinates().get(0);
    }

    private static double lon(Place p) {
        return p.entry().coordinates().get(1);
    }

    public boolean isEmpty() {
        return pins.isEmpty();
    }
}
