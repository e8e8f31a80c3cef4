package org.cypf.governance.strategy.adapter.in.http;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.cypf.governance.api.strategy.BoardPackView;
import org.cypf.governance.api.strategy.ProgrammeView;
import org.cypf.governance.api.strategy.StrategyDocument;
import org.cypf.governance.api.strategy.StrategyScorecardView;

/**
 * The board pack: a printable HTML page of a strategy's scorecard, programme status and red risks for a meeting.
 * Every value from the database is escaped; the page carries its own print styles and needs nothing else.
 */
final class BoardPackPage {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final int RED_RISK_FROM = 15;

    private BoardPackPage() {}

    static String render(StrategyDocument strategy, LocalDate meeting, StrategyScorecardView card, ProgrammeView programme,
                         BoardPackView pack) {
        var h = new StringBuilder(16_384);
        h.append("<!DOCTYPE html>\n<html lang=\"en-GB\"><head><meta charset=\"utf-8\"><title>Board pack: ")
                .append(esc(strategy.title())).append("</title><style>")
                .append("body{font-family:Arial,Helvetica,sans-serif;margin:2em;color:#0b0c0c}")
                .append("table{border-collapse:collapse;width:100%;margin-bottom:1.5em}")
                .append("th,td{border:1px solid #b1b4b6;padding:4px 6px;text-align:left;vertical-align:top;font-size:0.9em}")
                .append("th{background:#f3f2f1}.RED{background:#f4cccc}.AMBER{background:#fce5cd}.GREEN{background:#d9ead3}")
                .append("h2{page-break-before:auto;border-bottom:2px solid #1d70b8}")
                .append("@media print{body{margin:0}h2{page-break-after:avoid}tr{page-break-inside:avoid}}")
                .append("</style></head><body>\n");
        h.append("<h1>").append(esc(strategy.title())).append("</h1>\n<p>")
                .append(esc(strategy.partnership().name())).append(" &middot; board pack for the meeting of <strong>")
                .append(DAY.format(meeting)).append("</strong> &middot; figures as at ").append(DAY.format(card.asAt()))
                .append("</p>\n");
        if (pack != null) {
            meetings(h, pack);
        }
        h.append("<h2>Scorecard</h2>\n");
        for (var group : card.groups()) {
            h.append("<h3>").append(esc(group.name())).append("</h3>\n");
            if (group.measures().isEmpty()) {
                h.append("<p>No measures.</p>\n");
                continue;
            }
            h.append("<table><thead><tr><th>Measure</th><th>Latest</th><th>As at</th><th>Baseline</th><th>Target</th>")
                    .append("<th>England</th><th>Direction</th><th>RAG</th><th>Data quality</th><th>Owner</th>")
                    .append("<th>Commentary</th></tr></thead><tbody>\n");
            for (var line : group.measures()) {
                h.append("<tr class=\"").append(line.rag()).append("\"><td>").append(esc(line.title())).append("</td><td>")
                        .append(latest(line)).append("</td><td>")
                        .append(line.latest() == null ? "" : line.latest().periodLabel() != null
                                ? esc(line.latest().periodLabel()) : line.latest().asAt().toString()).append("</td><td>")
                        .append(line.baseline() == null ? "" : number(line.baseline().value(), line.unit())).append("</td><td>")
                        .append(target(line)).append("</td><td>")
                        .append(england(line)).append("</td><td>").append(words(line.direction())).append("</td><td>")
                        .append(line.rag().equals("NONE") ? "" : line.rag())
                        .append(line.rating() == null ? "" : " (" + esc(line.rating()) + ")").append("</td><td>")
                        .append(esc(String.join(", ", line.dataQuality().stream().map(BoardPackPage::words).toList())))
                        .append("</td><td>").append(esc(line.owner())).append("</td><td>").append(commentary(line))
                        .append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("<h2>Programme</h2>\n<table><thead><tr><th>Status</th><th>Projects</th></tr></thead><tbody>\n");
        programme.projectsByStatus().forEach((status, projects) -> h.append("<tr><td>").append(words(status))
                .append("</td><td>").append(esc(String.join("; ", projects.stream()
                        .map(p -> p.title() + (p.seniorResponsibleOwner() == null ? "" : " (SRO: " + p.seniorResponsibleOwner() + ")"))
                        .toList()))).append("</td></tr>\n"));
        h.append("</tbody></table>\n<h3>Overdue milestones</h3>\n");
        if (programme.overdueMilestones().isEmpty()) {
            h.append("<p>None.</p>\n");
        } else {
            h.append("<table><thead><tr><th>Project</th><th>Milestone</th><th>Due</th><th>Days overdue</th></tr></thead><tbody>\n");
            for (var m : programme.overdueMilestones()) {
                h.append("<tr><td>").append(esc(m.projectTitle())).append("</td><td>").append(esc(m.milestone()))
                        .append("</td><td>").append(m.due()).append("</td><td>").append(m.daysOverdue()).append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("<h2>Red risks</h2>\n");
        List<ProgrammeView.RiskLine> red = programme.risks().stream().filter(r -> r.score() >= RED_RISK_FROM).toList();
        if (red.isEmpty()) {
            h.append("<p>No risk scores ").append(RED_RISK_FROM).append(" or more.</p>\n");
        } else {
            h.append("<table><thead><tr><th>Risk</th><th>Likelihood</th><th>Impact</th><th>Score</th><th>Owner</th>")
                    .append("<th>Review</th></tr></thead><tbody>\n");
            for (var r : red) {
                h.append("<tr class=\"RED\"><td>").append(esc(r.title())).append("</td><td>").append(r.likelihood())
                        .append("</td><td>").append(r.impact()).append("</td><td>").append(r.score()).append("</td><td>")
                        .append(esc(r.owner() == null ? "" : r.owner())).append("</td><td>")
                        .append(r.reviewDate() == null ? "" : r.reviewDate() + (r.reviewOverdue() ? " (overdue)" : ""))
                        .append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
        h.append("<p><small>RAG, direction of travel and data quality follow docs/strategies/README.md.</small></p>\n")
                .append("</body></html>\n");
        return h.toString();
    }

    private static void meetings(StringBuilder h, BoardPackView pack) {
        h.append("<h2>").append(esc(pack.boardName())).append("</h2>\n");
        meeting(h, "This meeting", pack.meeting());
        meeting(h, "Previous meeting", pack.previous());
        h.append("<h2>Exception report</h2>\n");
        if (pack.exceptions().isEmpty()) {
            h.append("<p>No measure off track, milestone overdue or red risk.</p>\n");
            return;
        }
        h.append("<table><thead><tr><th>Kind</th><th>Item</th><th>Why</th><th>Owner</th></tr></thead><tbody>\n");
        for (var e : pack.exceptions()) {
            h.append("<tr class=\"RED\"><td>").append(words(e.kind())).append("</td><td>").append(esc(e.title()))
                    .append("</td><td>").append(esc(e.reason())).append("</td><td>").append(esc(e.owner())).append("</td></tr>\n");
        }
        h.append("</tbody></table>\n");
    }

    private static void meeting(StringBuilder h, String heading, BoardPackView.Meeting m) {
        if (m == null) {
            h.append("<h3>").append(heading).append("</h3>\n<p>None recorded.</p>\n");
            return;
        }
        h.append("<h3>").append(heading).append(": ").append(DAY.format(m.date())).append("</h3>\n");
        list(h, "Agenda", m.agenda());
        list(h, "Decisions", m.decisions());
        if (!m.actions().isEmpty()) {
            h.append("<table><thead><tr><th>Action</th><th>Owner</th><th>Due</th><th>Status</th></tr></thead><tbody>\n");
            for (var a : m.actions()) {
                h.append("<tr").append(a.overdue() ? " class=\"RED\"" : "").append("><td>").append(esc(a.title()))
                        .append("</td><td>").append(esc(a.owner())).append("</td><td>")
                        .append(a.due() == null ? "" : a.due().toString()).append("</td><td>").append(words(a.status()))
                        .append(a.overdue() ? " (overdue)" : "").append("</td></tr>\n");
            }
            h.append("</tbody></table>\n");
        }
    }

    private static void list(StringBuilder h, String heading, List<String> items) {
        if (items.isEmpty()) {
            return;
        }
        h.append("<p><strong>").append(heading).append("</strong></p>\n<ol>");
        items.forEach(i -> h.append("<li>").append(esc(i)).append("</li>"));
        h.append("</ol>\n");
    }

    private static String target(StrategyScorecardView.Line line) {
        var t = line.target();
        if (t == null) {
            return "";
        }
        String value = t.value() != null ? number(t.value(), line.unit())
                : number(t.low(), line.unit()) + " to " + number(t.high(), line.unit());
        return value + (t.note() == null ? "" : " <small>" + esc(t.note()) + "</small>");
    }

    private static String commentary(StrategyScorecardView.Line line) {
        var out = new StringBuilder();
        if (line.commentary() != null) {
            var c = line.commentary();
            out.append(esc(c.narrative()));
            if (c.reportedRating() != null) {
                out.append(" <small>(reported: ").append(esc(c.reportedRating())).append(")</small>");
            }
            nullSafe(c.actions()).forEach(a -> out.append("<br>Action: ").append(esc(a)));
        }
        if (line.latest() != null && line.latest().note() != null) {
            out.append(out.isEmpty() ? "" : "<br>").append("<small>").append(esc(line.latest().note())).append("</small>");
        }
        return out.toString();
    }

    private static <T> List<T> nullSafe(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static String latest(StrategyScorecardView.Line line) {
        String reported = line.reported() == null ? "" : " <small>(reported " + number(line.reported().value(), line.unit())
                + " at " + line.reported().asAt() + ")</small>";
        if (line.latest() != null) {
            String computed = line.provenance() == null ? "" : " <small>computed by " + esc(line.provenance().context()) + "</small>";
            return number(line.latest().value(), line.unit()) + computed + reported;
        }
        if (!reported.isEmpty()) {
            return reported;
        }
        return esc(String.join("; ", line.breakdown().stream()
                .map(b -> b.breakdown() + ": " + plain(b.value(), line.unit())).toList()));
    }

    /** England's latest benchmark: the one the scorecard's RAG compares with when there is no target. */
    private static String england(StrategyScorecardView.Line line) {
        return line.benchmarks().stream().filter(b -> "ENGLAND".equals(b.comparator()))
                .max(Comparator.comparing(b -> b.asAt() == null ? LocalDate.MIN : b.asAt()))
                .map(b -> number(b.value(), line.unit())).orElse("");
    }

    private static String number(BigDecimal value, String unit) {
        return esc(plain(value, unit));
    }

    private static String plain(BigDecimal value, String unit) {
        if (value == null) {
            return "";
        }
        String text = value.stripTrailingZeros().toPlainString();
        return "PERCENTAGE".equals(unit) ? text + "%" : text;
    }

    private static String words(String code) {
        String lower = code.toLowerCase(Locale.ROOT).replace('_', ' ');
        return lower.isEmpty() ? lower : Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
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
