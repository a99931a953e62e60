package io.stage7.sim.experiment;

import io.stage7.sim.report.Metrics;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalDouble;

/**
 * What a staffing plan must achieve in each region, such as {@code approval >= 95%}: one metric of
 * a run, a direction and a threshold. The grammar (case-insensitive, spaces optional):
 * <pre>
 * target  := share ">=" number "%"          share   := "approval" | "chatter"
 *          | time  "<=" number ["h"]        time    := "p50" | "p90" | "p95" | "p99"
 * </pre>
 * {@code approval} is the decided-SLA attainment of attempts, {@code chatter} the first-response
 * SLA attainment of Chatter cases, {@code pNN} that percentile of the business hours from
 * submission to decision. A share is written as a percentage in (0, 100]; a time in hours, above 0.
 *
 * @param threshold a fraction in (0, 1] for a share, hours for a time
 */
public record StaffingTarget(Metric metric, double threshold) {

    /** The metrics a target can name. */
    public enum Metric {
        APPROVAL("approval", true),
        CHATTER("chatter", true),
        P50("p50", false),
        P90("p90", false),
        P95("p95", false),
        P99("p99", false);

        private final String keyword;
        private final boolean share;

        Metric(String keyword, boolean share) {
            this.keyword = keyword;
            this.share = share;
        }

        /** The word a target names it by. */
        public String keyword() {
            return keyword;
        }

        /** True for an attainment (higher is better, at least the threshold); false for a time (at most). */
        public boolean isShare() {
            return share;
        }

        /**
         * The quantile a time metric names (0.9 for {@code p90}); NaN for a share. More than
         * 1 &minus; quantile of the work still open at the end makes the percentile unestimable.
         */
        public double quantile() {
            switch (this) {
                case P50:
                    return 0.50;
                case P90:
                    return 0.90;
                case P95:
                    return 0.95;
                case P99:
                    return 0.99;
                default:
                    return Double.NaN;
            }
        }

        /**
         * The metric's value in one window of one run: NaN when nothing was measured there (no
         * work, no Chatter case), {@link Double#POSITIVE_INFINITY} for a percentile that cannot be
         * estimated although work was submitted, because too much of it is still open at the end
         * (censored): its time to decision is longer than anything measured, a miss of any target.
         */
        double value(Metrics metrics) {
            OptionalDouble measured = measure(metrics);
            if (measured.isPresent()) {
                return measured.getAsDouble();
            }
            if (!share && metrics.businessHours().count() + metrics.businessHours().open() > 0) {
                return Double.POSITIVE_INFINITY;
            }
            return Double.NaN;
        }

        /** The metric's value in one window of one run; empty when nothing was measured there or it is censored. */
        OptionalDouble measure(Metrics metrics) {
            switch (this) {
                case APPROVAL:
                    return metrics.slaAttainment();
                case CHATTER:
                    return metrics.chatter().slaAttainment();
                case P50:
                    return metrics.businessHours().p50();
                case P90:
                    return metrics.businessHours().p90();
                case P95:
                    return metrics.businessHours().p95();
                default:
                    return metrics.businessHours().p99();
            }
        }
    }

    /** A target that does not parse: the message and the 1-based column it points at. */
    public static final class SyntaxError extends IllegalArgumentException {
        private final String text;
        private final int column;

        SyntaxError(String text, int column, String message) {
            super(message);
            this.text = text;
            this.column = column;
        }

        /** The 1-based column in the target text. */
        public int column() {
            return column;
        }

        /** {@code column N: message}, then the target and a caret under the column. */
        public String render() {
            return "column " + column + ": " + getMessage() + "\n  " + text + "\n  " + " ".repeat(column - 1) + "^";
        }
    }

    public StaffingTarget {
        Objects.requireNonNull(metric, "metric");
        if (metric.isShare() ? !(threshold > 0 && threshold <= 1) : !(threshold > 0 && Double.isFinite(threshold))) {
            throw new IllegalArgumentException("threshold out of range for " + metric.keyword() + ": " + threshold);
        }
    }

    /** Parses a target, for example {@code approval >= 95%} or {@code p90 <= 12h}. */
    public static StaffingTarget parse(String text) {
        return new Parser(Objects.requireNonNull(text, "text")).target();
    }

    /** Whether a value meets the target: at least the threshold for a share, at most it for a time. */
    public boolean isMetBy(double value) {
        return metric.isShare() ? value >= threshold : value <= threshold;
    }

    /** The target as the grammar writes it, for example {@code approval >= 95%}. */
    @Override
    public String toString() {
        if (metric.isShare()) {
            return metric.keyword() + " >= " + plain(threshold * 100) + "%";
        }
        return metric.keyword() + " <= " + plain(threshold) + "h";
    }

    private static String plain(double value) {
        BigDecimal decimal = BigDecimal.valueOf(value).stripTrailingZeros();
        return decimal.scale() < 0 ? decimal.setScale(0).toPlainString() : decimal.toPlainString();
    }

    /** A hand-written scanner: the grammar is four tokens. */
    private static final class Parser {
        private final String text;
        private int at;

        Parser(String text) {
            this.text = text;
        }

        StaffingTarget target() {
            skipSpaces();
            int metricAt = at;
            while (at < text.length() && Character.isLetterOrDigit(text.charAt(at))) {
                at++;
            }
            String word = text.substring(metricAt, at).toLowerCase(Locale.ROOT);
            Metric metric = null;
            for (Metric candidate : Metric.values()) {
                if (candidate.keyword().equals(word)) {
                    metric = candidate;
                }
            }
            if (metric == null) {
                throw error(metricAt, word.isEmpty() ? "expected a metric: approval, chatter, p50, p90, p95 or p99"
                        : "unknown metric '" + text.substring(metricAt, at)
                        + "': expected approval, chatter, p50, p90, p95 or p99");
            }
            skipSpaces();
            int operatorAt = at;
            String operator = text.startsWith(">=", at) ? ">=" : text.startsWith("<=", at) ? "<=" : null;
            String wanted = metric.isShare() ? ">=" : "<=";
            if (operator == null) {
                throw error(operatorAt, "expected '" + wanted + "' after " + metric.keyword());
            }
            if (!operator.equals(wanted)) {
                throw error(operatorAt, metric.isShare()
                        ? metric.keyword() + " is a share of work within its SLA: use '>=' (at least), e.g. "
                          + metric.keyword() + " >= 95%"
                        : metric.keyword() + " is a time to decision: use '<=' (at most), e.g. " + metric.keyword()
                          + " <= 12h");
            }
            at += 2;
            skipSpaces();
            int numberAt = at;
            while (at < text.length() && (Character.isDigit(text.charAt(at)) || text.charAt(at) == '.')) {
                at++;
            }
            BigDecimal number;
            try {
                number = new BigDecimal(text.substring(numberAt, at));
            } catch (NumberFormatException e) {
                throw error(numberAt, metric.isShare() ? "expected a percentage, e.g. 95%" : "expected hours, e.g. 12h");
            }
            skipSpaces();
            int unitAt = at;
            double threshold;
            if (metric.isShare()) {
                if (!text.startsWith("%", at)) {
                    throw error(unitAt, "write the level as a percentage, e.g. " + metric.keyword() + " >= 95%");
                }
                at++;
                if (number.signum() <= 0 || number.compareTo(BigDecimal.valueOf(100)) > 0) {
                    throw error(numberAt, "a percentage above 0 and at most 100 is needed, got " + number.toPlainString());
                }
                threshold = number.doubleValue() / 100;
            } else {
                if (at < text.length() && (text.charAt(at) == 'h' || text.charAt(at) == 'H')) {
                    at++;
                }
                if (number.signum() <= 0) {
                    throw error(numberAt, "a number of hours above 0 is needed, got " + number.toPlainString());
                }
                threshold = number.doubleValue();
            }
            skipSpaces();
            if (at < text.length()) {
                throw error(at, "unexpected '" + text.substring(at) + "' after the target");
            }
            return new StaffingTarget(metric, threshold);
        }

        private void skipSpaces() {
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
        }

        private SyntaxError error(int index, String message) {
            return new SyntaxError(text, index + 1, message);
        }
    }
}
