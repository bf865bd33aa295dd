package dossier.rendering;

import dossier.rendering.CitationViews.CitedWork;
import dossier.rendering.CitationViews.CitedLink;
import dossier.model.Document;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Entities;

/**
 * A drawing of who cites whom, made at build time as inline SVG: the dossier's documents on the left,
 * oldest first; every cited document on the right, in the order of the citations list; a line for each
 * citing document and cited document. A picture only: the list on the same page says the same in words.
 */
public final class CitationNetwork {

    private static final int ROW = 24;
    private static final int TOP = 30;
    private static final int BOX_WIDTH = 230;
    private static final int GAP = 200;
    private static final int WIDTH = 2 * BOX_WIDTH + GAP + 20;
    private static final int LABEL_LENGTH = 30;

    private CitationNetwork() {
    }

    public static String draw(List<Document> documents, List<CitedWork> works) {
        if (works.isEmpty()) {
            return "";
        }
        List<Document> citing = documents.stream()
                .sorted(Comparator.comparing((Document d) -> d.metadata().date(),
                        Comparator.nullsLast(Comparator.naturalOrder())))
                .toList();
        int rows = Math.max(citing.size(), works.size());
        int height = TOP + rows * ROW + 10;
        double leftStep = (double) rows * ROW / citing.size();
        Map<String, Double> leftY = new HashMap<>();
        StringBuilder svg = new StringBuilder();
        svg.append("<svg class=\"citation-network\" xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" role=\"img\" aria-labelledby=\"network-title network-desc\">")
                .append("<title id=\"network-title\">Citation network of the dossier</title>")
                .append("<desc id=\"network-desc\">The dossier's documents on the left, oldest first, joined by a line to each"
                        + " document they cite, on the right. The list below gives the same in words.</desc>")
                .append("<text class=\"network-heading\" x=\"10\" y=\"18\">Dossier documents</text>")
                .append("<text class=\"network-heading\" x=\"").append(10 + BOX_WIDTH + GAP).append("\" y=\"18\">Cited documents</text>");
        StringBuilder lines = new StringBuilder();
        StringBuilder nodes = new StringBuilder();
        for (int i = 0; i < citing.size(); i++) {
            Document document = citing.get(i);
            double y = TOP + i * leftStep + leftStep / 2;
            leftY.put(document.slug(), y);
            String name = document.metadata().displayName();
            node(nodes, 10, y, name, "network-node network-dossier");
        }
        for (int i = 0; i < works.size(); i++) {
            CitedWork work = works.get(i);
            double y = TOP + i * ROW + ROW / 2.0;
            String name = work.work().part().isEmpty() ? work.work().name() : work.work().name() + ", " + work.work().part();
            node(nodes, 10 + BOX_WIDTH + GAP, y, name,
                    work.work().external() ? "network-node network-external" : "network-node network-dossier");
            for (CitedLink from : work.citedIn()) {
                Double fromY = leftY.get(from.slug());
                if (fromY != null) {
                    double x1 = 10 + BOX_WIDTH;
                    double x2 = 10 + BOX_WIDTH + GAP;
                    lines.append(String.format(Locale.ROOT,
                            "<path class=\"network-edge\" d=\"M%.1f %.1f C%.1f %.1f %.1f %.1f %.1f %.1f\"/>",
                            x1, fromY, x1 + GAP / 2.0, fromY, x2 - GAP / 2.0, y, x2, y));
                }
            }
        }
        return svg.append(lines).append(nodes).append("</svg>").toString();
    }

    private static void node(StringBuilder out, int x, double y, String name, String classes) {
        String label = name.length() > LABEL_LENGTH ? name.substring(0, LABEL_LENGTH - 1).strip() + "…" : name;
        out.append(String.format(Locale.ROOT,
                "<g class=\"%s\"><rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%d\" rx=\"4\"/>"
                + "<text x=\"%d\" y=\"%.1f\">%s</text></g>",
                classes, x, y - (ROW - 4) / 2.0, BOX_WIDTH, ROW - 4, x + 6, y + 4, Entities.escape(label)));
    }
}
