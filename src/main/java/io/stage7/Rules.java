package io.stage7;

import io.stage7.check.CheckedRules;
import io.stage7.check.RuleTest;
import io.stage7.check.RulesCheck;
import io.stage7.diag.Diagnostic;
import io.stage7.diag.SourceText;
import io.stage7.eval.Decision;
import io.stage7.eval.EvalContext;
import io.stage7.eval.Evaluator;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordBinding;
import io.stage7.eval.RecordBuilder;
import io.stage7.eval.RecordType;
import io.stage7.eval.compiled.RuleSet;
import io.stage7.eval.interp.Explanation;
import io.stage7.eval.interp.Interpreter;
import io.stage7.records.LoadedRecords;
import io.stage7.records.RecordFiles;
import io.stage7.records.RecordSchema;
import io.stage7.functions.FormulaError;
import io.stage7.ruletest.ConstantFormulas;
import io.stage7.ruletest.RuleTestRunner;
import io.stage7.ruletest.TestReport;

import java.lang.invoke.MethodHandles;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A compiled set of rules, ready to evaluate records: load it once with {@link #load}, then
 * evaluate as many records as you like, from as many threads as you like. Immutable and
 * thread-safe; evaluation never reads the system clock (pass the instant {@code NOW()} is).
 *
 * <pre>{@code
 * Rules.Loaded loaded = Rules.load(Path.of("rules"));
 * if (loaded.hasErrors()) {
 *     System.err.print(loaded.render());        // every problem, as `stage7 check` prints it
 *     return;
 * }
 * Rules rules = loaded.rules().orElseThrow();
 * DataRecord opportunity = rules.newRecord("Opportunity")
 *         .id("OPP-0042")
 *         .set("StageName", "7 - Closing")
 *         .set("Amount", new BigDecimal("120000"))
 *         .build();
 * Decision decision = rules.evaluate(opportunity, Instant.now());
 * }</pre>
 */
public final class Rules {
    private final CheckedRules checked;
    private final Evaluator compiled;
    private final Interpreter reference;
    private final RecordSchema schema;

    private Rules(CheckedRules checked) {
        this.checked = checked;
        this.reference = Interpreter.of(checked);
        this.compiled = RuleSet.compile(checked);
        this.schema = checked.objects().isEmpty() ? null : RecordSchema.of(checked, compiled);
    }

    /**
     * Reads, checks and compiles rules files, or directories of {@code *.rules} files. Problems
     * in the files come back in the result; the rules are compiled only when there is no error.
     */
    public static Loaded load(Path... paths) {
        return load(List.of(paths));
    }

    /** As {@link #load(Path...)}. */
    public static Loaded load(List<Path> paths) {
        return compile(RulesCheck.load(paths));
    }

    /**
     * As {@link #load(Path...)}; {@code allowOutsidePaths} lets {@code include} and
     * {@code holidays from} name files outside the folders given (refused by default).
     */
    public static Loaded load(List<Path> paths, boolean allowOutsidePaths) {
        return compile(RulesCheck.load(paths, allowOutsidePaths));
    }

    /** Rules already checked (by the scenario reader), compiled. */
    static Rules of(CheckedRules checked) {
        return new Rules(checked);
    }

    /** The rules a check found, compiled when it found no error. */
    static Loaded compile(RulesCheck check) {
        return new Loaded(check.rules().map(Rules::new), check);
    }

    /**
     * What loading rules gave: the compiled rules when there was no error, and every problem
     * found (warnings too), sorted.
     */
    public record Loaded(Optional<Rules> rules, RulesCheck check) {
        public Loaded {
            Objects.requireNonNull(rules, "rules");
            Objects.requireNonNull(check, "check");
        }

        public boolean hasErrors() {
            return rules.isEmpty();
        }

        /** Every problem found, warnings too, sorted. */
        public List<Diagnostic> diagnostics() {
            return check.diagnostics();
        }

        /** The text of every rules file read, for quoting lines. */
        public Map<String, SourceText> sources() {
            return check.sources();
        }

        /** How many rules files were read. */
        public int filesRead() {
            return check.filesRead();
        }

        /** Every diagnostic with its source line and caret, then the summary line, as {@code stage7 check} prints them. */
        public String render() {
            return check.render();
        }
    }

    /** The checked program: declarations, types and tests. */
    public CheckedRules checked() {
        return checked;
    }

    /** The compiled evaluator: the fast one, for evaluating records (for now the interpreter: see the constructor). */
    public Evaluator evaluator() {
        return compiled;
    }

    /** The reference interpreter: the executable specification, slower, and able to explain. */
    public Interpreter interpreter() {
        return reference;
    }

    /**
     * The layout of the named object's records (ignoring case).
     *
     * @throws IllegalArgumentException when the rules declare no such object
     */
    public RecordType recordType(String object) {
        return compiled.recordType(object);
    }

    /** A builder for a record of the named object; set fields by name (ignoring case). */
    public RecordBuilder newRecord(String object) {
        return DataRecord.builder(recordType(object));
    }

    /**
     * Binds a Java class or record to the named object, so that {@link RecordBinding#evaluate}
     * evaluates instances of it directly: properties match fields by name (ignoring case and
     * underscores) or by {@link io.stage7.eval.Stage7Field}, every field the rules read must be
     * bound, and the class is checked now. The class and the members read must be public; see
     * {@link #bind(Class, String, MethodHandles.Lookup)} for any other.
     *
     * @throws io.stage7.eval.BindingException listing every problem with the class
     */
    public <T> RecordBinding<T> bind(Class<T> javaType, String object) {
        return RecordBinding.of(javaType, compiled, object, readFields(object), Optional.empty());
    }

    /**
     * As {@link #bind(Class, String)}, for a class or members that are not public (or not
     * exported): {@code lookup} is {@code MethodHandles.lookup()} called in {@code javaType} or
     * in a class of its package, and the accessor becomes a hidden nestmate of the class.
     */
    public <T> RecordBinding<T> bind(Class<T> javaType, String object, MethodHandles.Lookup lookup) {
        return RecordBinding.of(javaType, compiled, object, readFields(object), Optional.of(lookup));
    }

    /** The paths of the named object's fields that some formula reads. */
    private List<String> readFields(String object) {
        String name = recordType(object).object().name();
        return checked.referencedFields().stream().filter(p -> p.root().name().equals(name)).map(p -> p.text())
                .distinct().toList();
    }

    /** Evaluates a new record with the clock at {@code now} ({@code TODAY()} in GMT): {@code ISNEW()} is TRUE. */
    public Decision evaluate(DataRecord record, Instant now) {
        return evaluate(record, EvalContext.at(now));
    }

    /**
     * Evaluates an update of a record: {@code prior} is its version before the save, what
     * {@code ISNEW()}, {@code ISCHANGED} and {@code PRIORVALUE} compare with. Build both with
     * {@link #newRecord} for the same object and id.
     *
     * @throws IllegalArgumentException when {@code prior} is of another object or has another id
     */
    public Decision evaluate(DataRecord record, DataRecord prior, Instant now) {
        return evaluate(record, EvalContext.at(now).withPrior(prior));
    }

    /** Evaluates a record with a clock and, if the context has one, the record's prior version. */
    public Decision evaluate(DataRecord record, EvalContext context) {
        return compiled.evaluate(record, context);
    }

    /** Why each rule fired or not for a record: every sub-expression's value (the reference interpreter's). */
    public Explanation explain(DataRecord record, EvalContext context) {
        return reference.explain(record, context);
    }

    /**
     * The layouts data files are read into; rows that do not name their object are of the first
     * object a rule is on.
     *
     * @throws IllegalStateException when the rules declare no object
     */
    public RecordSchema schema() {
        if (schema == null) {
            throw new IllegalStateException("the rules declare no object, so there are no records to read");
        }
        return schema;
    }

    /** Reads a JSON Lines ({@code .jsonl}) or CSV ({@code .csv}) file of records; problems come back in the result. */
    public LoadedRecords readRecords(Path file) {
        return RecordFiles.read(file, schema());
    }

    /** Runs the rules' {@code test} blocks with the compiled evaluator. */
    public TestReport runTests() {
        return runTests(test -> true);
    }

    /** Runs the {@code test} blocks {@code which} accepts (for example a {@link io.stage7.ruletest.TestFilter}). */
    public TestReport runTests(Predicate<RuleTest> which) {
        return RuleTestRunner.of(checked, compiled)
                .computingFormulasWith((formula, context) -> {
                    try {
                        return Optional.of(new ConstantFormulas.Constant(reference.evaluateConstant(formula, context)));
                    } catch (FormulaError | IllegalArgumentException e) {
                        return Optional.empty(); // the runner reports the value as one it cannot compute
                    }
                })
                .runAll(which);
    }
}
