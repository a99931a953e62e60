package io.stage7.sfdx;

import io.stage7.diag.Diagnostic;
import io.stage7.diag.SourceSpan;
import io.stage7.diag.SourceText;
import io.stage7.sfdx.SfdxModel.SfdxField;
import io.stage7.sfdx.SfdxModel.SfdxObject;
import io.stage7.sfdx.SfdxModel.SfdxRule;
import io.stage7.sfdx.SfdxModel.ValueSet;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Finds an SFDX tree's objects, fields, validation rules and value sets and reads them into the
 * model, translating each field's type. A file that cannot be read or translated is reported and
 * left out; the others are read all the same.
 */
final class SfdxReader {

    static final String NAMESPACE = "http://soap.sforce.com/2006/04/metadata";
    static final String FIELD_SUFFIX = ".field-meta.xml";
    static final String RULE_SUFFIX = ".validationRule-meta.xml";
    static final String OBJECT_SUFFIX = ".object-meta.xml";
    static final String GLOBAL_SET_SUFFIX = ".globalValueSet-meta.xml";
    static final String STANDARD_SET_SUFFIX = ".standardValueSet-meta.xml";

    private final Path root;
    private final List<Diagnostic> problems = new ArrayList<>();
    private final Map<String, SourceText> sources = new TreeMap<>();
    private final Map<String, ValueSet> globalSets = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Map<String, ValueSet> standardSets = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    private final Set<String> leftOut = new TreeSet<>();

    private SfdxReader(Path root) {
        this.root = root;
    }

    /**
     * What the tree held: its objects in name order, every problem found reading it, and the
     * names (lower case) of the fields whose files could not be read or translated.
     */
    record Tree(List<SfdxObject> objects, List<Diagnostic> problems, Map<String, SourceText> sources,
                Set<String> leftOutFields) {
        Tree {
            objects = List.copyOf(objects);
            problems = List.copyOf(problems);
            sources = Map.copyOf(sources);
            leftOutFields = Set.copyOf(leftOutFields);
        }
    }

    /**
     * Reads every object under {@code root} ({@code .../objects/<Object>/...}), with the value sets
     * under {@code .../globalValueSets/} and {@code .../standardValueSets/}.
     *
     * @throws UncheckedIOException when the tree cannot be listed
     */
    static Tree read(Path root) {
        return new SfdxReader(root).readTree();
    }

    private Tree readTree() {
        List<Path> files = list(root);
        Map<String, List<Path>> objectDirs = new TreeMap<>();
        for (Path file : files) {
            Path parent = file.getParent();
            String dir = parent == null ? "" : parent.getFileName().toString();
            String name = file.getFileName().toString();
            if (dir.equals("globalValueSets") || dir.equals("standardValueSets")) {
                valueSetFile(file, dir.equals("globalValueSets"));
                continue;
            }
            objectDir(file).ifPresent(objectDir ->
                    objectDirs.computeIfAbsent(objectDir.getFileName().toString(), k -> new ArrayList<>()).add(file));
        }
        List<SfdxObject> objects = new ArrayList<>();
        for (Map.Entry<String, List<Path>> entry : objectDirs.entrySet()) {
            objects.add(object(entry.getKey(), entry.getValue()));
        }
        return new Tree(objects, problems, sources, leftOut);
    }

    private static List<Path> list(Path root) {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The {@code objects/<Object>} directory a file belongs to, if it is inside one. */
    private static Optional<Path> objectDir(Path file) {
        for (Path at = file.getParent(); at != null && at.getParent() != null; at = at.getParent()) {
            Path parent = at.getParent();
            if (parent.getFileName() != null && parent.getFileName().toString().equals("objects")) {
                return Optional.of(at);
            }
        }
        return Optional.empty();
    }

    /** Salesforce API names as rules can spell them: a letter, then letters, digits and underscores. */
    static boolean isApiName(String name) {
        return name.matches("[A-Za-z][A-Za-z0-9_]*") && !name.matches("(?i)true|false|null");
    }

    private SfdxObject object(String name, List<Path> files) {
        List<SfdxField> fields = new ArrayList<>();
        List<SfdxRule> rules = new ArrayList<>();
        List<SfdxModel.Detail> details = new ArrayList<>();
        FieldTranslator translator = new FieldTranslator(problems, globalSets, standardSets, name);
        for (Path file : files) {
            String fileName = file.getFileName().toString();
            String dir = file.getParent().getFileName().toString();
            if (!isApiName(name) || (dir.equals("fields") || dir.equals("validationRules"))
                    && fileName.contains(".") && !isApiName(fileName.substring(0, fileName.indexOf('.')))) {
                String path = file.toString();
                sources.put(path, new SourceText(path, ""));
                problems.add(Diagnostic.error("invalid-name", SourceSpan.startOf(path), "'" + (isApiName(name)
                        ? fileName.substring(0, fileName.indexOf('.')) : name) + "' is not a Salesforce API name "
                        + "(a letter, then letters, digits and underscores); the file is left out"));
                continue;
            }
            if (dir.equals("fields")) {
                String field = fileName.contains(".") ? fileName.substring(0, fileName.indexOf('.')) : fileName;
                Optional<SfdxField> read = parse(file, FIELD_SUFFIX, "CustomField")
                        .flatMap(xml -> translator.field(xml, base(fileName, FIELD_SUFFIX)));
                read.ifPresentOrElse(fields::add, () -> leftOut.add(field.toLowerCase(Locale.ROOT)));
            } else if (dir.equals("validationRules")) {
                parse(file, RULE_SUFFIX, "ValidationRule").flatMap(xml -> rule(xml, base(fileName, RULE_SUFFIX)))
                        .ifPresent(rules::add);
            } else if (dir.equals(name) && fileName.endsWith(OBJECT_SUFFIX)) {
                parse(file, OBJECT_SUFFIX, "CustomObject")
                        .ifPresent(xml -> details.addAll(OrgDetailsReader.object(xml, name, problems)));
            }
            // Other metadata beside an object (list views, layouts, record types, ...) is not
            // what Stage7 keeps: it is not read.
        }
        return new SfdxObject(name, details, fields, rules);
    }

    private static String base(String fileName, String suffix) {
        return fileName.substring(0, fileName.length() - suffix.length());
    }

    /** Parses a metadata file whose name must end in {@code suffix} and whose root must be {@code rootName}. */
    private Optional<XmlFile> parse(Path file, String suffix, String rootName) {
        String path = file.toString();
        if (!file.getFileName().toString().endsWith(suffix)) {
            sources.put(path, new SourceText(path, ""));
            problems.add(Diagnostic.error("not-metadata", SourceSpan.startOf(path),
                    "not a metadata file: a file here must be named <Name>" + suffix));
            return Optional.empty();
        }
        XmlFile.Read read = XmlFile.read(file, path);
        if (read instanceof XmlFile.Failed failed) {
            sources.put(path, failed.source());
            problems.add(failed.problem());
            return Optional.empty();
        }
        XmlFile xml = ((XmlFile.Parsed) read).file();
        sources.put(path, xml.source());
        XmlElement top = xml.root();
        if (!top.name().equals(rootName) || !top.namespace().equals(NAMESPACE)) {
            problems.add(Diagnostic.error("not-metadata", xml.at(top), "not " + rootName + " metadata: the root "
                    + "element must be <" + rootName + " xmlns=\"" + NAMESPACE + "\">, not <" + top.name() + ">"
                    + (top.namespace().isEmpty() ? " without a namespace" : " in namespace " + top.namespace())));
            return Optional.empty();
        }
        return Optional.of(xml);
    }

    private Optional<SfdxRule> rule(XmlFile xml, String name) {
        XmlElement top = xml.root();
        Optional<XmlElement> formula = top.child("errorConditionFormula");
        Optional<String> message = top.text("errorMessage");
        if (formula.isEmpty() || formula.get().text().isBlank()) {
            problems.add(Diagnostic.error("missing-element", xml.at(top), "validation rule '" + name
                    + "' has no <errorConditionFormula>"));
            return Optional.empty();
        }
        if (message.isEmpty() || message.get().isBlank()) {
            problems.add(Diagnostic.error("missing-element", xml.at(top), "validation rule '" + name
                    + "' has no <errorMessage>"));
            return Optional.empty();
        }
        Optional<XmlElement> active = top.child("active");
        if (active.isPresent() && !active.get().text().strip().matches("true|false")) {
            problems.add(Diagnostic.error("invalid-value", xml.atContent(active.get()), "<active> must be true or "
                    + "false, not '" + active.get().text().strip() + "'"));
            return Optional.empty();
        }
        boolean isActive = active.map(a -> a.text().strip().equals("true")).orElse(false);
        OrgDetailsReader.unknownChildren(xml, top, List.of("fullName", "active", "description",
                "errorConditionFormula", "errorDisplayField", "errorMessage"), "validation rule '" + name + "'",
                problems);
        return Optional.of(new SfdxRule(name, isActive, top.text("description").filter(d -> !d.isEmpty()),
                formula.get().text(), message.get(), top.text("errorDisplayField").map(String::strip)
                .filter(f -> !f.isEmpty()), xml, formula.get(), top.child("errorDisplayField")));
    }

    private void valueSetFile(Path file, boolean global) {
        String suffix = global ? GLOBAL_SET_SUFFIX : STANDARD_SET_SUFFIX;
        String rootName = global ? "GlobalValueSet" : "StandardValueSet";
        parse(file, suffix, rootName).ifPresent(xml -> {
            String setName = base(file.getFileName().toString(), suffix);
            String valueElement = global ? "customValue" : "standardValue";
            List<String> values = new ArrayList<>();
            Map<String, List<SfdxModel.Detail>> valueDetails = new LinkedHashMap<>();
            Optional<String> defaultValue = Optional.empty();
            for (XmlElement value : xml.root().all(valueElement)) {
                Optional<String> name = value.text("fullName");
                if (name.isEmpty() || name.get().isEmpty()) {
                    problems.add(Diagnostic.error("missing-element", xml.at(value), "a value without <fullName>"));
                    continue;
                }
                values.add(name.get());
                if (value.text("default").map(d -> d.strip().equals("true")).orElse(false)) {
                    defaultValue = name;
                }
                List<SfdxModel.Detail> details = OrgDetailsReader.value(xml, value, name.get(), problems);
                if (!details.isEmpty()) {
                    valueDetails.putIfAbsent(name.get(), details);
                }
            }
            String owner = (global ? "global" : "standard") + " value set '" + setName + "'";
            OrgDetailsReader.sorted(xml, xml.root(), owner, problems);
            xml.root().child("masterLabel").filter(m -> !m.text().strip().equals(setName)).ifPresent(m ->
                    problems.add(Diagnostic.warning("not-imported", xml.atContent(m), "not imported: <masterLabel> of "
                            + owner + ": Stage7 keeps the set's name only, which export writes as its label")));
            OrgDetailsReader.unknownChildren(xml, xml.root(), global ? List.of(valueElement, "masterLabel", "sorted")
                    : List.of(valueElement, "sorted"), owner, problems);
            Map<String, ValueSet> sets = global ? globalSets : standardSets;
            sets.put(setName, new ValueSet(values, defaultValue, valueDetails));
        });
    }
}
