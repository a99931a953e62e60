package io.stage7.check;

import io.stage7.diag.Diagnostic;
import io.stage7.syntax.LoadResult;
import io.stage7.syntax.RulesLoader;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Parses and checks small rules texts for the checker's tests. */
final class Snippets {

    static final String PATH = "snippet.rules";

    /** An object with a field of every type, a calendar and a period end, for formulas to use. */
    static final String FIXTURE = """
            object O {
              T  Text
              N  Number
              C  Currency
              P  Percent
              B  Checkbox
              D  Date
              DT DateTime
              TM Time
              PL Picklist("A", "B")
              MP MultiPicklist("X", "Y")
            }
            calendar AMER { zone "America/Los_Angeles" hours MON-FRI 07:00-17:00 }
            period_end EoM { last 2 business days of month }
            """;

    private Snippets() {
    }

    /** Checks {@code text}, which must parse cleanly. */
    static CheckResult check(String text) {
        LoadResult load = RulesLoader.parse(PATH, text);
        assertEquals(List.of(), load.diagnostics().stream().map(Diagnostic::toString).toList(),
                "the snippet must parse cleanly:\n" + text);
        return Checker.check(load.program());
    }

    /** The diagnostics of {@code text} as {@code line:col severity code}. */
    static List<String> codes(String text) {
        return check(text).diagnostics().stream()
                .map(d -> d.span().line() + ":" + d.span().column() + " " + d.severity().label() + " " + d.code())
                .toList();
    }

    /** The diagnostics of {@code text} as rendered one-liners, without the path. */
    static List<String> messages(String text) {
        return check(text).diagnostics().stream()
                .map(d -> d.toString().substring(PATH.length() + 1)).toList();
    }
}
