package io.stage7.check;

import io.stage7.calendar.PeriodKind;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The names rules give period ends: {@code EoM}, {@code EoQ} and {@code EoY}, in any case. */
public final class PeriodEndNames {

    private PeriodEndNames() {
    }

    /** The name of a period end as written in rules: {@code EoM}, {@code EoQ} or {@code EoY}. */
    public static String label(PeriodKind kind) {
        return switch (kind) {
            case EOM -> "EoM";
            case EOQ -> "EoQ";
            case EOY -> "EoY";
        };
    }

    /** The period end named {@code name}, ignoring case. */
    public static Optional<PeriodKind> parse(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return Arrays.stream(PeriodKind.values()).filter(k -> label(k).toLowerCase(Locale.ROOT).equals(lower))
                .findFirst();
    }

    /** Every name, EoM first. */
    static List<String> labels() {
        return Arrays.stream(PeriodKind.values()).map(PeriodEndNames::label).toList();
    }
}
