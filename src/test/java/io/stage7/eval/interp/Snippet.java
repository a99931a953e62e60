package io.stage7.eval.interp;

import io.stage7.check.CheckResult;
import io.stage7.check.Checker;
import io.stage7.diag.Diagnostic;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordBuilder;
import io.stage7.syntax.LoadResult;
import io.stage7.syntax.RulesLoader;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A small rules text over object O, checked and ready to interpret. */
final class Snippet {

    /** Two objects, and two regions for routing sets to assign. */
    static final String OBJECT = """
            object O {
              T  Text
              N  Number
              B  Checkbox
              D  Date
              DT DateTime
              PL Picklist("A", "B")
            }
            object Other { X Number }
            calendar EMEA { zone "Europe/Dublin" hours MON-FRI 08:00-17:00 }
            calendar AMER { zone "America/Los_Angeles" hours MON-FRI 07:00-17:00 }
            region EMEA { calendar EMEA }
            region AMER { calendar AMER }
            """;

    final Interpreter interpreter;

    private Snippet(Interpreter interpreter) {
        this.interpreter = interpreter;
    }

    /** {@link #OBJECT} and {@code rules}, which must check without errors. */
    static Snippet of(String rules) {
        LoadResult load = RulesLoader.parse("snippet.rules", OBJECT + rules);
        CheckResult checked = Checker.check(load.program());
        List<String> errors = new java.util.ArrayList<>();
        load.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).forEach(errors::add);
        checked.diagnostics().stream().filter(Diagnostic::isError).map(Diagnostic::toString).forEach(errors::add);
        assertEquals(List.of(), errors, "the snippet must check cleanly");
        return new Snippet(Interpreter.of(checked.rules()));
    }

    RecordBuilder record() {
        return DataRecord.builder(interpreter.recordType("O")).id("o-1");
    }
}
