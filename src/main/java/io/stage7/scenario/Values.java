package io.stage7.scenario;

import io.stage7.diag.Limit;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads scalar values of the scenario format: numbers, whole numbers, probabilities, text,
 * instants and durations. Each method returns the value, or empty after reporting what is wrong
 * at the value's YAML path; none throws.
 */
final class Values {
    /** {@code 7d}, {@code 12h}, {@code 90m}, {@code 30s}, {@code 1d12h}, {@code 1.5h}. */
    private static final Pattern DURATION_PART = Pattern.compile("(\\d+(?:\\.\\d+)?)([dhms])");
    private static final String DURATION_FORMS = "write a number and a unit: 7d, 12h, 90m, 30s or 1d12h";
    /** Ten years: longer durations are certainly a typo. */
    static final Duration LONGEST = Duration.ofDays(3653);

    private final Problems problems;

    Values(Problems problems) {
        this.problems = problems;
    }

    Problems problems() {
        return problems;
    }

    /** A finite number. */
    OptionalDouble number(Value value) {
        if (value.node() instanceof YamlNode.Scalar s) {
            if (s.isNumber()) {
                return OptionalDouble.of(s.number().doubleValue());
            }
            if (s.kind() == YamlNode.Scalar.Kind.NOT_FINITE) {
                problems.error("wrong-type", value.span(), value.path(), "must be a finite number, got " + s.text());
                return OptionalDouble.empty();
            }
            if (s.kind() == YamlNode.Scalar.Kind.TEXT && s.text().trim().endsWith("%")) {
                problems.error("wrong-type", value.span(), value.path(), "must be a number, got " + s.describe()
                        + "; write percentages as fractions (92% is 0.92)");
                return OptionalDouble.empty();
            }
        }
        problems.error("wrong-type", value.span(), value.path(), "must be a number, got " + value.node().describe());
        return OptionalDouble.empty();
    }

    /** A number greater than zero. */
    OptionalDouble positive(Value value) {
        OptionalDouble number = number(value);
        if (number.isPresent() && !(number.getAsDouble() > 0)) {
            problems.error("out-of-range", value.span(), value.path(), "must be greater than zero, got "
                    + value.node().describe());
            return OptionalDouble.empty();
        }
        return number;
    }

    /** {@code number}, or empty after reporting that it passes {@code limit}, the limit for {@code what}. */
    OptionalDouble atMost(Value value, double number, Limit limit, String what) {
        if (!limit.exceededBy(number)) {
            return OptionalDouble.of(number);
        }
        problems.error("limit-exceeded", value.span(), value.path(), "is " + value.node().describe() + "; for "
                + what + " " + limit.explain());
        return OptionalDouble.empty();
    }

    /** A number zero or greater. */
    OptionalDouble nonNegative(Value value) {
        OptionalDouble number = number(value);
        if (number.isPresent() && number.getAsDouble() < 0) {
            problems.error("out-of-range", value.span(), value.path(), "cannot be negative, got "
                    + value.node().describe());
            return OptionalDouble.empty();
        }
        return number;
    }

    /** A probability in [0, 1]. */
    OptionalDouble probability(Value value) {
        OptionalDouble number = number(value);
        if (number.isPresent() && !(number.getAsDouble() >= 0 && number.getAsDouble() <= 1)) {
            problems.error("out-of-range", value.span(), value.path(), "must be a probability between 0 and 1, got "
                    + value.node().describe() + (number.getAsDouble() > 1 && number.getAsDouble() <= 100
                    ? " (write percentages as fractions: 92% is 0.92)" : ""));
            return OptionalDouble.empty();
        }
        return number;
    }

    /** A whole number in [min, max]. */
    OptionalLong whole(Value value, long min, long max) {
        if (!(value.node() instanceof YamlNode.Scalar s) || !s.isNumber()) {
            problems.error("wrong-type", value.span(), value.path(), "must be a whole number, got "
                    + value.node().describe());
            return OptionalLong.empty();
        }
        BigDecimal number = s.number();
        if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0) {
            problems.error("wrong-type", value.span(), value.path(), "must be a whole number, got " + s.text());
            return OptionalLong.empty();
        }
        if (number.compareTo(BigDecimal.valueOf(min)) < 0) {
            problems.error("out-of-range", value.span(), value.path(), (min == 0 ? "cannot be negative"
                    : "must be at least " + min) + ", got " + s.text());
            return OptionalLong.empty();
        }
        if (number.compareTo(BigDecimal.valueOf(max)) > 0) {
            problems.error("out-of-range", value.span(), value.path(), "must be at most " + max + ", got " + s.text());
            return OptionalLong.empty();
        }
        return OptionalLong.of(number.longValueExact());
    }

    /** Any scalar but null, as written (a name, a path, a template). */
    Optional<String> text(Value value) {
        if (value.node() instanceof YamlNode.Scalar s && s.kind() != YamlNode.Scalar.Kind.NULL) {
            return Optional.of(s.text());
        }
        problems.error("wrong-type", value.span(), value.path(), "must be text, got " + value.node().describe());
        return Optional.empty();
    }

    /** Non-blank text. */
    Optional<String> nonBlankText(Value value) {
        Optional<String> text = text(value);
        if (text.isPresent() && text.get().isBlank()) {
            problems.error("out-of-range", value.span(), value.path(), "cannot be blank");
            return Optional.empty();
        }
        return text;
    }

    /** An instant with its UTC offset: {@code 2026-02-02T00:00:00Z}, {@code 2026-02-01T16:00:00-08:00}. */
    Optional<Instant> instant(Value value) {
        if (!(value.node() instanceof YamlNode.Scalar)) {
            problems.error("wrong-type", value.span(), value.path(), "must be an instant such as 2026-02-02T00:00:00Z,"
                    + " got " + value.node().describe());
            return Optional.empty();
        }
        Optional<String> text = text(value);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        String t = text.get().trim();
        try {
            return Optional.of(OffsetDateTime.parse(t).toInstant());
        } catch (DateTimeParseException e) {
            String hint;
            if (parses(() -> LocalDate.parse(t)) || parses(() -> LocalDateTime.parse(t))) {
                hint = "it needs a time and a UTC offset, e.g. " + (t.length() >= 10 ? t.substring(0, 10)
                        : "2026-02-02") + "T00:00:00Z (Z is UTC) or " + (t.length() >= 10 ? t.substring(0, 10)
                        : "2026-02-02") + "T00:00:00-08:00";
            } else {
                hint = "write an instant with its UTC offset, e.g. 2026-02-02T00:00:00Z";
            }
            problems.error("bad-instant", value.span(), value.path(), "is not a valid instant: " + value.node()
                    .describe() + "; " + hint);
            return Optional.empty();
        }
    }

    private static boolean parses(Runnable parse) {
        try {
            parse.run();
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    /** A duration of zero or more, at most ten years: {@code 7d}, {@code 12h}, {@code 90m}, {@code PT12H}. */
    Optional<Duration> duration(Value value) {
        if (value.node() instanceof YamlNode.Scalar s && s.isNumber()) {
            problems.error("bad-duration", value.span(), value.path(), "a duration needs a unit, got " + s.text()
                    + "; " + DURATION_FORMS);
            return Optional.empty();
        }
        if (!(value.node() instanceof YamlNode.Scalar)) {
            problems.error("wrong-type", value.span(), value.path(), "must be a duration such as 12h, got "
                    + value.node().describe() + "; " + DURATION_FORMS);
            return Optional.empty();
        }
        Optional<String> text = text(value);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        Optional<Duration> parsed = parseDuration(text.get().trim());
        if (parsed.isEmpty()) {
            problems.error("bad-duration", value.span(), value.path(), "is not a valid duration: "
                    + value.node().describe() + "; " + DURATION_FORMS);
            return Optional.empty();
        }
        if (parsed.get().compareTo(LONGEST) > 0) {
            problems.error("out-of-range", value.span(), value.path(), "is longer than ten years: "
                    + value.node().describe());
            return Optional.empty();
        }
        return parsed;
    }

    /** Parses the duration forms of the scenario format; empty if {@code text} is none of them. */
    static Optional<Duration> parseDuration(String text) {
        if (text.startsWith("P") || text.startsWith("p")) {
            try {
                Duration iso = Duration.parse(text);
                return iso.isNegative() ? Optional.empty() : Optional.of(iso);
            } catch (DateTimeParseException | ArithmeticException e) {
                return Optional.empty();
            }
        }
        Matcher part = DURATION_PART.matcher(text);
        List<Character> units = new ArrayList<>();
        BigDecimal seconds = BigDecimal.ZERO;
        int at = 0;
        while (at < text.length()) {
            if (!part.find(at) || part.start() != at) {
                return Optional.empty();
            }
            char unit = part.group(2).charAt(0);
            // Units in decreasing order, each once: 1d12h, not 12h1d or 1h1h.
            if (!units.isEmpty() && "dhms".indexOf(unit) <= "dhms".indexOf(units.get(units.size() - 1))) {
                return Optional.empty();
            }
            units.add(unit);
            if (part.group(1).length() > 12) {
                return Optional.empty();
            }
            long perUnit = switch (unit) {
                case 'd' -> 86_400;
                case 'h' -> 3_600;
                case 'm' -> 60;
                default -> 1;
            };
            seconds = seconds.add(new BigDecimal(part.group(1)).multiply(BigDecimal.valueOf(perUnit)));
            at = part.end();
        }
        if (units.isEmpty()) {
            return Optional.empty();
        }
        BigDecimal nanos = seconds.multiply(BigDecimal.valueOf(1_000_000_000L));
        if (nanos.compareTo(BigDecimal.valueOf(LONGEST.toNanos()).multiply(BigDecimal.TEN)) > 0) {
            return Optional.of(LONGEST.plusDays(1)); // reported as too long, without overflowing
        }
        return Optional.of(Duration.ofNanos(nanos.longValue()));
    }

    /** A duration the way the format writes it: {@code 7d}, {@code 1d12h}, {@code 90m}. */
    static String format(Duration duration) {
        if (duration.isZero()) {
            return "0h";
        }
        StringBuilder out = new StringBuilder();
        long seconds = duration.getSeconds();
        long[] sizes = {86_400, 3_600, 60, 1};
        char[] units = {'d', 'h', 'm', 's'};
        for (int i = 0; i < sizes.length; i++) {
            if (seconds >= sizes[i]) {
                out.append(seconds / sizes[i]).append(units[i]);
                seconds %= sizes[i];
            }
        }
        return out.length() == 0 ? duration.toString() : out.toString();
    }
}
