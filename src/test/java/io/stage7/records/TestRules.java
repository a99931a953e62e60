package io.stage7.records;

import io.stage7.check.CheckResult;
import io.stage7.check.CheckedRules;
import io.stage7.check.Checker;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.Evaluator;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordType;
import io.stage7.syntax.LoadResult;
import io.stage7.syntax.RulesLoader;

import java.nio.file.Path;
import java.util.List;

/** The rules the record readers are tested with, and their record layouts. */
final class TestRules {
    static final Path DIR = Path.of("src/test/resources/eval-cli/rules");

    private TestRules() {
    }

    static CheckedRules checked() {
        LoadResult load = RulesLoader.load(List.of(DIR));
        if (load.hasErrors()) {
            throw new AssertionError(load.diagnostics());
        }
        CheckResult result = Checker.check(load.program());
        if (result.hasErrors()) {
            throw new AssertionError(result.diagnostics());
        }
        return result.rules();
    }

    static RecordSchema schema() {
        CheckedRules rules = checked();
        return RecordSchema.of(rules, new Evaluator() {
            @Override
            public RecordType recordType(String object) {
                return RecordType.of(rules, rules.object(object).orElseThrow());
            }

            @Override
            public Decision evaluate(DataRecord record, EvalContext context) {
                throw new UnsupportedOperationException("layouts only");
            }
        });
    }
}
