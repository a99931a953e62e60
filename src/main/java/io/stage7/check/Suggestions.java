package io.stage7.check;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean …?": the closest candidate by case-insensitive edit distance, if it is close. */
public final class Suggestions {

    private Suggestions() {
    }

    /**
     * The candidate closest to {@code name}, when it is within a distance that suggests a typo:
     * one edit for short names, up to three for long ones. A candidate differing only in case
     * is always suggested. Ties go to the earliest candidate.
     */
    public static Optional<String> closest(String name, Collection<String> candidates) {
        String lower = name.toLowerCase(Locale.ROOT);
        int limit = Math.max(1, Math.min(3, lower.length() / 4));
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : candidates) {
            String other = candidate.toLowerCase(Locale.ROOT);
            if (Math.abs(other.length() - lower.length()) > limit) {
                continue;
            }
            int distance = distance(lower, other, limit);
            if (distance <= limit && distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * {@code "'EMAE' is not a value of the picklist; did you mean 'EMEA'?"}: how data (files and
     * records built in code) is told that a field does not declare a value, with the closest
     * value or, failing one, the field's values.
     */
    public static String notAValueOf(String value, FieldType field) {
        String kind = field.kind() == FieldKind.MULTIPICKLIST ? "multi-select picklist" : "picklist";
        String suggestion = didYouMean(value, field.values());
        String tail = suggestion.isEmpty() ? "; its values are "
                + String.join(", ", field.values().stream().map(v -> "'" + v + "'").toList()) : suggestion;
        return "'" + value + "' is not a value of the " + kind + tail;
    }

    /** {@code "; did you mean 'X'?"} or the empty string. */
    public static String didYouMean(String name, Collection<String> candidates) {
        return closest(name, candidates).map(s -> "; did you mean '" + s + "'?").orElse("");
    }

    /**
     * Edit distance counting an insertion, deletion, substitution or swap of two adjacent
     * characters as one edit (optimal string alignment), so "EMAE" is one edit from "EMEA".
     * Gives up, returning {@code limit + 1}, once every alignment exceeds the limit.
     */
    private static int distance(String a, String b, int limit) {
        int[] beforePrevious = new int[b.length() + 1];
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int best = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    best = Math.min(best, beforePrevious[j - 2] + 1);
                }
                current[j] = best;
                rowMin = Math.min(rowMin, best);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] recycled = beforePrevious;
            beforePrevious = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.length()];
    }
}
