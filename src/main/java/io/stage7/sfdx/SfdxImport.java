package io.stage7.sfdx;

import io.stage7.Rules;
import io.stage7.check.Requirement;
import io.stage7.diag.Diagnostic;
import io.stage7.diag.SourceSpan;
import io.stage7.diag.SourceText;
import io.stage7.sfdx.RulesText.Formula;
import io.stage7.sfdx.SfdxModel.SfdxField;
import io.stage7.sfdx.SfdxModel.SfdxObject;
import io.stage7.sfdx.SfdxModel.SfdxRule;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * {@code stage7 import sfdx}: reads an SFDX tree and writes one rules file per object, with its
 * fields and a requirement per validation rule. Every formula is checked as Stage7 checks rules;
 * a field or rule that cannot be translated is reported at its place in the XML and left out, and
 * the rest is written. The output folder is written atomically.
 */
public final class SfdxImport {

    private SfdxImport() {
    }

    /**
     * What an import did.
     *
     * @param problems    every problem, sorted, located in the SFDX files (errors: something was left out)
     * @param sources     the text of those files, to quote lines
     * @param objects     objects written
     * @param fields      fields written
     * @param rules       requirements written
     * @param inactive    of those, inactive ones
     */
    public record Result(List<Diagnostic> problems, Map<String, SourceText> sources, int objects, int fields,
                         int rules, int inactive) {
        public Result {
            problems = List.copyOf(problems);
            sources = Map.copyOf(sources);
        }

        public boolean hasErrors() {
            return problems.stream().anyMatch(Diagnostic::isError);
        }
    }

    /**
     * Imports the SFDX tree under {@code sfdx} into the folder {@code out} (replaced if it exists).
     *
     * @throws IOException when the tree cannot be listed or the output cannot be written
     */
    public static Result run(Path sfdx, Path out) throws IOException {
        SfdxReader.Tree tree;
        try {
            tree = SfdxReader.read(sfdx);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        List<Diagnostic> problems = new ArrayList<>(tree.problems());
        Working working = new Working(tree.objects());
        working.droppedFields.addAll(tree.leftOutFields());
        Path scratch = Files.createTempDirectory("stage7-import-");
        try {
            check(working, scratch, problems);
        } finally {
            deleteTree(scratch);
        }
        Map<String, String> files = working.outputFiles();
        SfdxOutput.write(out, files, Map.of("command", "import sfdx", "source", sfdx.toString()), folder -> {
            Rules.Loaded loaded = Rules.load(folder);
            if (!files.isEmpty() && loaded.hasErrors()) {
                throw new IllegalStateException("the imported rules do not check:\n" + loaded.render());
            }
        });
        problems.sort(Diagnostic.ORDER);
        int fields = working.objects.stream().mapToInt(o -> o.fields.size()).sum();
        int rules = working.objects.stream().mapToInt(o -> o.rules.size()).sum();
        int inactive = (int) working.objects.stream().flatMap(o -> o.rules.stream()).filter(r -> !r.active()).count();
        return new Result(problems, tree.sources(), working.objects.size(), fields, rules, inactive);
    }

    /**
     * Checks everything in a scratch folder (the objects in one file, each rule in its own, so a
     * syntax error stays in its rule) and leaves out what does not check, until the rest does.
     */
    private static void check(Working working, Path scratch, List<Diagnostic> problems) throws IOException {
        while (true) {
            Scratch files = working.scratch();
            deleteTree(scratch);
            Files.createDirectories(scratch);
            for (Map.Entry<String, String> file : files.texts.entrySet()) {
                Files.writeString(scratch.resolve(file.getKey()), file.getValue());
            }
            Rules.Loaded loaded = Rules.load(scratch);
            Set<SfdxField> badFields = new LinkedHashSet<>();
            Set<SfdxRule> badRules = new LinkedHashSet<>();
            for (Diagnostic diagnostic : loaded.diagnostics()) {
                String file = Path.of(diagnostic.span().path()).getFileName().toString();
                ScratchRule rule = files.rules.get(file);
                if (rule != null) {
                    if (diagnostic.isError()) {
                        badRules.add(rule.rule);
                    }
                    problems.add(onRule(rule, diagnostic, working.droppedFields));
                } else if (diagnostic.isError()) {
                    SfdxField field = files.fieldAt(diagnostic.span().line());
                    if (field == null) {
                        throw new IllegalStateException("import wrote rules that do not check: " + diagnostic);
                    }
                    badFields.add(field);
                    problems.add(Diagnostic.error(diagnostic.code(), fieldElement(field, diagnostic), "field '"
                            + field.name() + "' cannot be declared: " + diagnostic.message() + "; it is left out"));
                }
            }
            if (badFields.isEmpty() && badRules.isEmpty() && loaded.rules().isPresent()) {
                badRules.addAll(notSingleExpressions(files, loaded.rules().get(), problems));
            }
            if (badFields.isEmpty() && badRules.isEmpty()) {
                if (loaded.hasErrors()) {
                    throw new IllegalStateException("import wrote rules that do not check:\n" + loaded.render());
                }
                return;
            }
            // Warnings of a pass that had errors are reported again by the next pass.
            problems.removeIf(p -> !p.isError() && p.span().path().endsWith(SfdxReader.RULE_SUFFIX)
                    && !p.code().equals("not-imported"));
            working.drop(badFields, badRules);
        }
    }

    /** Where in a field's XML a problem with its declaration belongs: the element the bad part came from. */
    private static SourceSpan fieldElement(SfdxField field, Diagnostic diagnostic) {
        List<String> candidates = switch (diagnostic.code()) {
            case "invalid-type-argument", "duplicate-picklist-value" ->
                    List.of("length", "precision", "scale", "valueSet", "type");
            default -> List.of("type");
        };
        for (String name : candidates) {
            var element = field.at().child(name);
            if (element.isPresent()) {
                return field.file().atContent(element.get());
            }
        }
        return field.file().at(field.at());
    }

    /** A diagnostic in a scratch rule file, moved to its place in the validation rule's XML. */
    private static Diagnostic onRule(ScratchRule rule, Diagnostic diagnostic, Set<String> dropped) {
        SfdxRule sfdx = rule.rule;
        int lines = rule.formula.lines().size();
        int k = diagnostic.span().line() - rule.formulaLine;
        SourceSpan at;
        String problem = diagnostic.message();
        if (k >= 0 && k < lines) {
            at = sfdx.file().atTextIndex(sfdx.formulaElement(), rule.formula.textIndex(k, diagnostic.span().column()));
        } else if (k >= lines && diagnostic.code().equals("syntax")) {
            // The parser ran past the formula into the clauses import wrote after it.
            String last = rule.formula.lines().get(lines - 1);
            at = sfdx.file().atTextIndex(sfdx.formulaElement(), rule.formula.textIndex(lines - 1,
                    last.codePointCount(0, last.length()) + 1 + RulesText.FORMULA_INDENT.length()));
            problem = "the formula ends before it is complete: a parenthesis is not closed, or an operator or "
                    + "argument is missing";
        } else if (diagnostic.span().line() == rule.fieldLine && sfdx.displayElement().isPresent()) {
            at = sfdx.file().atContent(sfdx.displayElement().get());
            problem = "<errorDisplayField>: " + problem;
        } else {
            at = sfdx.file().atContent(sfdx.formulaElement());
        }
        Matcher unknown = UNKNOWN_FIELD.matcher(problem);
        if (diagnostic.code().equals("unknown-field") && unknown.find()
                && dropped.contains(unknown.group(1).toLowerCase(Locale.ROOT))) {
            problem += " (its metadata is reported above and was left out)";
        }
        String message = "validation rule '" + sfdx.name() + "': " + problem
                + (diagnostic.isError() ? "; the rule is left out" : "");
        return new Diagnostic(diagnostic.severity(), diagnostic.code(), message, at);
    }

    /**
     * Rules whose formula is not one whole expression: text after the condition (such as
     * {@code ... active false}) would otherwise be read as clauses of the requirement.
     */
    private static List<SfdxRule> notSingleExpressions(Scratch files, Rules rules, List<Diagnostic> problems) {
        List<SfdxRule> bad = new ArrayList<>();
        for (ScratchRule rule : files.rules.values()) {
            Requirement requirement = rules.checked().requirement(rule.name).orElse(null);
            long declared = rules.checked().requirements().stream()
                    .filter(r -> r.span().path().endsWith(rule.file)).count();
            boolean whole = requirement != null && declared == 1
                    && requirement.condition().span().endLine() == rule.formulaLine + rule.formula.lines().size() - 1
                    && FormulaSource.onlyCommentsAfter(rule.formula.lines().get(rule.formula.lines().size() - 1),
                    requirement.condition().span().endColumn() - 1 - RulesText.FORMULA_INDENT.length());
            if (!whole) {
                bad.add(rule.rule);
                problems.add(Diagnostic.error("not-one-formula", rule.rule.file().atContent(rule.rule.formulaElement()),
                        "validation rule '" + rule.rule.name() + "': the error condition is not one formula "
                                + "(text follows its end); the rule is left out"));
            }
        }
        return bad;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** A rule written into its own scratch file. */
    private record ScratchRule(String name, String file, SfdxRule rule, Formula formula, int formulaLine,
                               int fieldLine) {
    }

    /** The scratch files of one pass and what their lines hold. */
    private static final class Scratch {
        final Map<String, String> texts = new LinkedHashMap<>();
        final Map<String, ScratchRule> rules = new HashMap<>();
        final TreeMap<Integer, SfdxField> fieldLines = new TreeMap<>();
        final Map<Integer, Integer> fieldEnds = new HashMap<>();

        SfdxField fieldAt(int line) {
            Map.Entry<Integer, SfdxField> entry = fieldLines.floorEntry(line);
            return entry != null && fieldEnds.get(entry.getKey()) >= line ? entry.getValue() : null;
        }
    }

    /** The objects, fields and rules still in the import, and the names they are written under. */
    private static final class Working {
        final List<WorkingObject> objects = new ArrayList<>();
        final Map<String, Integer> ruleNameCounts = new HashMap<>();
        /** Names (lower case) of fields left out, whatever their object: to explain formulas that use them. */
        final Set<String> droppedFields = new TreeSet<>();

        Working(List<SfdxObject> tree) {
            for (SfdxObject object : tree) {
                objects.add(new WorkingObject(object.name(), object.details(), new ArrayList<>(object.fields()),
                        new ArrayList<>(object.rules())));
                for (SfdxRule rule : object.rules()) {
                    ruleNameCounts.merge(rule.name().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }

        /**
         * A rule's requirement name: its own, unless rules of several objects share it (Salesforce
         * names rules per object, Stage7 per program); then {@code Object__Rule}, which export
         * reads back (an API name cannot hold two underscores in a row).
         */
        String requirementName(WorkingObject object, SfdxRule rule) {
            return ruleNameCounts.get(rule.name().toLowerCase(Locale.ROOT)) > 1
                    ? object.name + "__" + rule.name() : rule.name();
        }

        /** Objects that lookups refer to but the tree does not have: declared empty, so lookups check. */
        Set<String> missingTargets() {
            Set<String> present = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            objects.forEach(o -> present.add(o.name));
            Set<String> missing = new TreeSet<>();
            for (WorkingObject object : objects) {
                for (SfdxField field : object.fields) {
                    Matcher lookup = LOOKUP.matcher(field.type());
                    if (lookup.matches() && !present.contains(lookup.group(1))) {
                        missing.add(lookup.group(1));
                    }
                }
            }
            return missing;
        }

        Scratch scratch() {
            Scratch scratch = new Scratch();
            RulesText declarations = new RulesText();
            for (WorkingObject object : objects) {
                declarations.object(object.name, object.details, object.fields, (field, first, last) -> {
                    scratch.fieldLines.put(first, field);
                    scratch.fieldEnds.put(first, last);
                });
            }
            missingTargets().forEach(target -> declarations.object(target, List.of(), List.of(), (f, a, b) -> { }));
            scratch.texts.put("objects.rules", declarations.text());
            int number = 0;
            for (WorkingObject object : objects) {
                for (SfdxRule rule : object.rules) {
                    String file = String.format(Locale.ROOT, "rule-%06d.rules", ++number);
                    RulesText text = new RulesText();
                    Formula formula = Formula.of(rule.formula());
                    String name = requirementName(object, rule);
                    RulesText.Lines lines = text.requirement(name, object.name, rule, formula);
                    scratch.texts.put(file, text.text());
                    scratch.rules.put(file, new ScratchRule(name, file, rule, formula, lines.formula(), lines.field()));
                }
            }
            return scratch;
        }

        void drop(Set<SfdxField> fields, Set<SfdxRule> rules) {
            fields.forEach(f -> droppedFields.add(f.name().toLowerCase(Locale.ROOT)));
            for (WorkingObject object : objects) {
                object.fields.removeAll(fields);
                object.rules.removeAll(rules);
            }
        }

        /** The rules files import writes: one per object, and one per missing lookup target. */
        Map<String, String> outputFiles() {
            Map<String, String> files = new TreeMap<>();
            for (WorkingObject object : objects) {
                RulesText text = new RulesText();
                text.append("// ").append(object.name).append(": imported from Salesforce metadata by "
                        + "'stage7 import sfdx'.\n\n");
                text.object(object.name, object.details, object.fields, (f, a, b) -> { });
                for (SfdxRule rule : object.rules) {
                    text.append("\n");
                    text.requirement(requirementName(object, rule), object.name, rule, Formula.of(rule.formula()));
                }
                files.put(object.name + ".rules", text.text());
            }
            for (String target : missingTargets()) {
                RulesText text = new RulesText();
                text.append("// ").append(target).append(": the target of a lookup, not in the SFDX tree; declare "
                        + "its fields here to use them in formulas.\n\n");
                text.object(target, List.of(), List.of(), (f, a, b) -> { });
                files.put(target + ".rules", text.text());
            }
            return files;
        }
    }

    private static final Pattern LOOKUP = Pattern.compile("Lookup\\((.*)\\)");
    private static final Pattern UNKNOWN_FIELD = Pattern.compile("unknown field '([^']*)'");

    private static final class WorkingObject {
        final String name;
        final List<SfdxModel.Detail> details;
        final List<SfdxField> fields;
        final List<SfdxRule> rules;

        WorkingObject(String name, List<SfdxModel.Detail> details, List<SfdxField> fields, List<SfdxRule> rules) {
            this.name = Objects.requireNonNull(name);
            this.details = details;
            this.fields = fields;
            this.rules = rules;
        }
    }
}
