package io.stage7.sim.report.html;

import java.util.Locale;
import java.util.OptionalDouble;

/**
 * The parts of {@code report.html} written as HTML tables rather than drawn: the plan a staffing
 * search recommends with its verdict and verification, and a comparison's paired differences. They
 * read the same with scripts switched off.
 */
final class PlanSections {

    private PlanSections() {
    }

    static void plan(StringBuilder html, PlanView plan) {
        html.append("<section class=\"report-section\" aria-labelledby=\"plan-heading\">\n");
        html.append("  <h2 id=\"plan-heading\">Plan</h2>\n");
        html.append("  <p class=\"verdict ").append(plan.recommended() ? "met" : "missed").append("\" data-verdict=\"")
                .append(plan.recommended() ? "recommended" : "not-recommended").append("\">")
                .append(HtmlReport.escape(plan.verdict())).append("</p>\n");
        html.append("  <p class=\"description\">Specialists per region and window: the scenario's plan → the recommended"
                + " plan (change). A day inside several windows is staffed as its most significant: EoY over EoQ over EoM.</p>\n");
        html.append("  <table class=\"plan\">\n    <thead><tr><th scope=\"col\">region</th>");
        for (String window : plan.windows()) {
            html.append("<th scope=\"col\">").append(HtmlReport.escape(window)).append("</th>");
        }
        html.append("</tr></thead>\n    <tbody>\n");
        for (PlanView.Row row : plan.rows()) {
            planRow(html, row, false);
        }
        planRow(html, plan.total(), true);
        html.append("    </tbody>\n  </table>\n");
        html.append("  <p class=\"description\" data-verification=\"")
                .append(plan.rows().stream().allMatch(r -> r.verified().stream().allMatch(v -> v)) ? "met" : "missed")
                .append("\">").append(HtmlReport.escape(plan.verification())).append("</p>\n");
        html.append("  <table class=\"plan verification\">\n    <thead><tr><th scope=\"col\">verification</th>");
        for (String window : plan.windows()) {
            html.append("<th scope=\"col\">").append(HtmlReport.escape(window)).append("</th>");
        }
        html.append("</tr></thead>\n    <tbody>\n");
        for (PlanView.Row row : plan.rows()) {
            html.append("      <tr><th scope=\"row\">").append(HtmlReport.escape(row.region())).append("</th>");
            for (int w = 0; w < row.verification().size(); w++) {
                boolean met = row.verified().get(w);
                html.append("<td class=\"").append(met ? "met" : "missed").append("\">")
                        .append(HtmlReport.escape((met ? "" : "misses: ") + row.verification().get(w))).append("</td>");
            }
            html.append("</tr>\n");
        }
        html.append("    </tbody>\n  </table>\n</section>\n");
    }

    private static void planRow(StringBuilder html, PlanView.Row row, boolean total) {
        html.append("      <tr").append(total ? " class=\"total\"" : "").append("><th scope=\"row\">")
                .append(HtmlReport.escape(row.region())).append("</th>");
        for (int w = 0; w < row.current().size(); w++) {
            int now = row.current().get(w);
            int next = row.recommended().get(w);
            int change = next - now;
            html.append("<td>").append(now).append(" → ").append(next).append(" <span class=\"change\">(")
                    .append(change > 0 ? "+" + change : Integer.toString(change)).append(")</span></td>");
        }
        html.append("</tr>\n");
    }

    static void comparison(StringBuilder html, ComparisonView view) {
        HtmlReport.section(html, "comparison", "Differences B − A",
                "Each headline metric's paired difference B − A with its 95% interval (Student t over " + view.replications()
                        + " replications run with common random numbers); filled points are significant (the interval"
                        + " excludes 0). A: " + view.labelA() + "; B: " + view.labelB() + ".");
        html.append("<section class=\"report-section\" aria-labelledby=\"comparison-tables-heading\">\n");
        html.append("  <h2 id=\"comparison-tables-heading\">Every headline metric</h2>\n");
        for (ComparisonView.Group group : view.groups()) {
            html.append("  <table class=\"comparison\">\n    <caption>").append(HtmlReport.escape(group.title()))
                    .append("</caption>\n    <thead><tr><th scope=\"col\">metric</th><th scope=\"col\">A</th>"
                            + "<th scope=\"col\">B</th><th scope=\"col\">B − A</th><th scope=\"col\">95% interval</th></tr></thead>\n"
                            + "    <tbody>\n");
            for (ComparisonView.Row row : group.rows()) {
                html.append("      <tr").append(row.significant() ? " class=\"significant\"" : "").append("><th scope=\"row\">")
                        .append(HtmlReport.escape(row.label())).append("</th><td>").append(value(row.a(), row.unit()))
                        .append("</td><td>").append(value(row.b(), row.unit())).append("</td><td>")
                        .append(signed(row.difference(), row.unit())).append(row.significant() ? " *" : "")
                        .append("</td><td>").append(row.low().isPresent() && row.high().isPresent()
                                ? "[" + signed(row.low(), row.unit()) + ", " + signed(row.high(), row.unit()) + "]" : "–")
                        .append("</td></tr>\n");
            }
            html.append("    </tbody>\n  </table>\n");
        }
        html.append("</section>\n");
    }

    private static String value(OptionalDouble value, String unit) {
        if (value.isEmpty()) {
            return "–";
        }
        double v = value.getAsDouble();
        switch (unit) {
            case "percent":
                return String.format(Locale.ROOT, "%.1f%%", 100 * v);
            case "hours":
                return String.format(Locale.ROOT, "%.2f h", v);
            default:
                return String.format(Locale.ROOT, "%.1f", v);
        }
    }

    private static String signed(OptionalDouble value, String unit) {
        if (value.isEmpty()) {
            return "–";
        }
        double scaled = unit.equals("percent") ? 100 * value.getAsDouble() : value.getAsDouble();
        String text = String.format(Locale.ROOT, (scaled == 0 ? "%" : "%+") + (unit.equals("hours") ? ".2f" : ".1f"),
                scaled == 0 ? 0.0 : scaled);
        return text + (unit.equals("percent") ? " pts" : unit.equals("hours") ? " h" : "");
    }
}
