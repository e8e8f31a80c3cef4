package org.cypf.web.chart;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A measure's trend as server-side SVG: the last observations as a line with points, the target in force as a dashed
 * line, and England's benchmark as a dotted line. The chart has a text alternative (role img with a label that says
 * what it shows) and needs no script; every text it writes is escaped.
 */
public final class TrendChart {

    public record Point(LocalDate asAt, BigDecimal value) {}

    private TrendChart() {}

    /**
     * @param points  oldest first; at most the last {@code keep} are drawn
     * @param target  null when no target is in force
     * @param england null when no England benchmark is held
     */
    public static String svg(String title, List<Point> points, BigDecimal target, BigDecimal england, int keep,
                             int width, int height) {
        List<Point> drawn = points.size() > keep ? points.subList(points.size() - keep, points.size()) : points;
        String label = label(title, drawn, target, england);
        var s = new StringBuilder(2048);
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"cypf-trend\" role=\"img\" aria-label=\"")
                .append(esc(label)).append("\" viewBox=\"0 0 ").append(width).append(' ').append(height)
                .append("\" width=\"").append(width).append("\" height=\"").append(height).append("\">");
        if (drawn.isEmpty()) {
            s.append("<text x=\"4\" y=\"").append(height / 2).append("\" font-size=\"14\" fill=\"#0b0c0c\">")
                    .append("No observations</text></svg>");
            return s.toString();
        }
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        List<Double> values = new ArrayList<>();
        for (Point p : drawn) {
            values.add(p.value().doubleValue());
        }
        if (target != null) {
            values.add(target.doubleValue());
        }
        if (england != null) {
            values.add(england.doubleValue());
        }
        for (double v : values) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        if (max == min) {
            max = max + 1;
            min = min - 1;
        }
        double pad = (max - min) * 0.1;
        min -= pad;
        max += pad;
        int left = 6;
        int right = width - 6;
        int top = 6;
        int bottom = height - 6;
        double lo = min;
        double span = max - min;
        java.util.function.DoubleUnaryOperator y = v -> bottom - (v - lo) / span * (bottom - top);
        s.append("<rect x=\"0\" y=\"0\" width=\"").append(width).append("\" height=\"").append(height)
                .append("\" fill=\"#ffffff\" stroke=\"#b1b4b6\"/>");
        if (target != null) {
            line(s, left, right, y.applyAsDouble(target.doubleValue()), "#00703c", "6 4", "target");
        }
        if (england != null) {
            line(s, left, right, y.applyAsDouble(england.doubleValue()), "#505a5f", "2 3", "england");
        }
        double step = drawn.size() == 1 ? 0 : (double) (right - left) / (drawn.size() - 1);
        var path = new StringBuilder();
        for (int i = 0; i < drawn.size(); i++) {
            double x = drawn.size() == 1 ? (left + right) / 2.0 : left + i * step;
            double py = y.applyAsDouble(drawn.get(i).value().doubleValue());
            path.append(i == 0 ? "M" : " L").append(fmt(x)).append(' ').append(fmt(py));
            s.append("<circle class=\"cypf-trend-point\" cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(py))
                    .append("\" r=\"3\" fill=\"#1d70b8\"/>");
        }
        s.append("<path class=\"cypf-trend-line\" d=\"").append(path).append("\" fill=\"none\" stroke=\"#1d70b8\" stroke-width=\"2\"/>");
        return s.append("</svg>").toString();
    }

    private static void line(StringBuilder s, int left, int right, double y, String colour, String dash, String kind) {
        s.append("<line class=\"cypf-trend-").append(kind).append("\" x1=\"").append(left).append("\" x2=\"")
                .append(right).append("\" y1=\"").append(fmt(y)).append("\" y2=\"").append(fmt(y))
                .append("\" stroke=\"").append(colour).append("\" stroke-width=\"2\" stroke-dasharray=\"").append(dash)
                .append("\"/>");
    }

    /** What the chart shows, in words, for those who cannot see it. */
    static String label(String title, List<Point> drawn, BigDecimal target, BigDecimal england) {
        var l = new StringBuilder("Trend of ").append(title).append(": ");
        if (drawn.isEmpty()) {
            l.append("no observations");
        } else {
            l.append(drawn.size()).append(drawn.size() == 1 ? " observation, " : " observations, ");
            l.append("from ").append(plain(drawn.getFirst().value())).append(" on ").append(drawn.getFirst().asAt())
                    .append(" to ").append(plain(drawn.getLast().value())).append(" on ").append(drawn.getLast().asAt());
        }
        if (target != null) {
            l.append("; target ").append(plain(target));
        }
        if (england != null) {
            l.append("; England ").append(plain(england));
        }
        return l.toString();
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String esc(String text) {
        var out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
