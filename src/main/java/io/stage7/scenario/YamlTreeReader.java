package io.stage7.scenario;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import io.stage7.diag.SourceSpan;
import io.stage7.diag.Utf8Text;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the bytes of a YAML file into a {@link YamlNode} tree with a location on every key and
 * value, using Jackson's streaming YAML parser. Refuses what is not a single YAML document of
 * UTF-8 text: too large, binary, UTF-16, malformed YAML, duplicate keys, several documents. Each
 * refusal is one located problem; nothing is thrown for bad input.
 */
final class YamlTreeReader {
    /** Far above any real scenario (a few KiB); keeps a mistaken log file out of memory. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    /** Scenarios nest four or five levels; anything deeper is not a scenario. */
    static final int MAX_DEPTH = 64;

    /**
     * YAML 1.2 booleans: only {@code true} and {@code false}, so a picklist value "No" or "On Hold"
     * stays text; an empty plain value is null, as in the YAML specification.
     */
    private static final YAMLFactory FACTORY = YAMLFactory.builder().loaderOptions(loaderOptions())
            .enable(YAMLParser.Feature.EMPTY_STRING_AS_NULL)
            .enable(YAMLParser.Feature.PARSE_BOOLEAN_LIKE_WORDS_AS_STRINGS)
            .build();

    private final String path;
    private final Problems problems;

    YamlTreeReader(String path, Problems problems) {
        this.path = path;
        this.problems = problems;
    }

    private static LoaderOptions loaderOptions() {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(2 * MAX_BYTES); // the byte limit is the one users see
        options.setNestingDepthLimit(MAX_DEPTH + 1);
        return options;
    }

    /** The file's text, or empty after reporting why it is not UTF-8 text of a sensible size. */
    Optional<String> decode(byte[] bytes) {
        if (bytes.length > MAX_BYTES) {
            problems.error("file-too-large", SourceSpan.startOf(path), "", String.format(
                    "file is %,d bytes; a scenario file may be at most %,d bytes (4 MiB)", bytes.length, MAX_BYTES));
            return Optional.empty();
        }
        Utf8Text.Decoded decoded = Utf8Text.decode(bytes, path);
        if (decoded instanceof Utf8Text.Problem problem) {
            problems.error(problem.code(), problem.span(), "", problem.message());
            return Optional.empty();
        }
        return Optional.of(((Utf8Text.Text) decoded).text());
    }

    /** The document's tree, or empty after reporting why the text is not one well-formed YAML document. */
    Optional<YamlNode> parse(String text) {
        try (YAMLParser parser = (YAMLParser) FACTORY.createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                problems.error("empty-file", SourceSpan.startOf(path), "",
                        "the file is empty; a scenario is a YAML mapping with at least rules, horizon, regions,"
                                + " load, service, rework and billing");
                return Optional.empty();
            }
            Optional<YamlNode> root = new TreeBuilder(parser).build(first);
            if (root.isPresent() && parser.nextToken() != null) {
                problems.error("several-documents", span(parser.currentTokenLocation(), parser.currentLocation()), "",
                        "the file holds more than one YAML document; a scenario is one document (remove the '---')");
                return Optional.empty();
            }
            return root;
        } catch (JsonProcessingException e) {
            reportMalformed(e);
        } catch (IOException | RuntimeException e) {
            // Jackson and SnakeYAML signal a few limits with unchecked exceptions; all are the input's fault.
            problems.error("malformed-yaml", SourceSpan.startOf(path), "", "not valid YAML: " + describe(e));
        }
        return Optional.empty();
    }

    private void reportMalformed(JsonProcessingException e) {
        Throwable cause = e.getCause();
        if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
            Mark mark = marked.getProblemMark();
            StringBuilder message = new StringBuilder(readable(marked.getProblem()));
            Mark context = marked.getContextMark();
            String problem = String.valueOf(marked.getProblem());
            if (problem.contains("end of stream") && context != null
                    && String.valueOf(marked.getContext()).contains("quoted scalar")) {
                // Point at the opening quote: the end of the file says nothing about where the mistake is.
                mark = context;
                message = new StringBuilder("this quoted text has no closing quote");
            } else if (marked.getContext() != null && context != null && context.getLine() != mark.getLine()) {
                message.append(" (").append(marked.getContext().trim()).append(" that starts at line ")
                        .append(context.getLine() + 1).append(", column ").append(context.getColumn() + 1).append(')');
            }
            int line = mark.getLine() + 1;
            int column = mark.getColumn() + 1;
            problems.error("malformed-yaml", new SourceSpan(path, line, column, line, column + 1, mark.getIndex(),
                    mark.getIndex() + 1), "", "not valid YAML: " + message);
            return;
        }
        JsonLocation at = e.getLocation();
        SourceSpan span = at != null && at.getLineNr() >= 1 && at.getColumnNr() >= 1
                ? new SourceSpan(path, at.getLineNr(), at.getColumnNr(), at.getLineNr(), at.getColumnNr() + 1, 0, 0)
                : SourceSpan.startOf(path);
        problems.error("malformed-yaml", span, "", "not valid YAML: " + readable(e.getOriginalMessage()));
    }

    /** SnakeYAML's wording, with its token names and the commonest mistakes put in a user's words. */
    static String readable(String problem) {
        if (problem == null || problem.isBlank()) {
            return "the parser stopped here";
        }
        String p = problem.trim();
        if (p.contains("mapping values are not allowed here")) {
            return "a ':' is not allowed here; quote a value that contains ': ', or check the indentation";
        }
        if (p.contains("(TAB)") || p.contains("'\\t'") || p.contains("'\t'")) {
            return "a tab character; YAML indents with spaces only";
        }
        if (p.contains("could not find expected ':'")) {
            return "expected ':' after a key (a key without a ':', or a quoted text without its closing quote?)";
        }
        if (p.contains("found unexpected end of stream")) {
            return "the file ends inside a quoted text: a closing quote is missing";
        }
        String words = p.replace("<block end>", "the end of the block")
                .replace("'<block mapping start>'", "a key indented more than the keys before it")
                .replace("'<block sequence start>'", "a list indented more than the keys before it")
                .replace("<block sequence start>", "a list")
                .replace("'<scalar>'", "a value")
                .replace("<scalar>", "a value")
                .replace("'<block entry>'", "a list item '-'");
        if (words.contains("indented more")) {
            words += " (check the indentation)";
        }
        return words;
    }

    private static String describe(Exception e) {
        String message = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst()
                .orElse(message);
    }

    private SourceSpan span(JsonLocation from, JsonLocation to) {
        int line = Math.max(1, from.getLineNr());
        int column = Math.max(1, from.getColumnNr());
        int endLine = Math.max(line, to.getLineNr());
        int endColumn = to.getLineNr() < line ? column : Math.max(1, to.getColumnNr());
        int start = (int) Math.max(0, from.getCharOffset());
        int end = (int) Math.max(start, to.getCharOffset());
        return new SourceSpan(path, line, column, endLine, endColumn, start, end);
    }

    /** An alias without its anchor: the document cannot be read further. */
    private static final class UnknownAlias extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final transient SourceSpan span;
        final String name;

        UnknownAlias(SourceSpan span, String name) {
            super(null, null, false, false);
            this.span = span;
            this.name = name;
        }
    }

    /** Builds the tree with an explicit stack, so deep input cannot overflow the Java stack. */
    private final class TreeBuilder {
        private final YAMLParser parser;
        private final Map<String, YamlNode> anchors = new HashMap<>();
        private final Deque<Open> open = new ArrayDeque<>();

        TreeBuilder(YAMLParser parser) {
            this.parser = parser;
        }

        /** A collection being read: a mapping (with the key whose value comes next) or a list. */
        private final class Open {
            final boolean mapping;
            final SourceSpan span;
            final String anchor;
            final Map<String, YamlNode.Entry> entries = new LinkedHashMap<>();
            final List<YamlNode> items = new ArrayList<>();
            String key;
            SourceSpan keySpan;

            Open(boolean mapping, SourceSpan span, String anchor) {
                this.mapping = mapping;
                this.span = span;
                this.anchor = anchor;
            }

            YamlNode close() {
                return mapping ? new YamlNode.Mapping(entries, span) : new YamlNode.Sequence(items, span);
            }
        }

        Optional<YamlNode> build(JsonToken first) throws IOException {
            try {
                return buildTree(first);
            } catch (UnknownAlias e) {
                problems.error("unknown-alias", e.span, "", "the alias *" + e.name + " names no anchor (&" + e.name
                        + ") earlier in the file");
                return Optional.empty();
            }
        }

        private Optional<YamlNode> buildTree(JsonToken first) throws IOException {
            JsonToken token = first;
            while (true) {
                if (token == null) {
                    return Optional.empty(); // the parser reports a truncated document as an error first
                }
                YamlNode done = null;
                switch (token) {
                    case START_OBJECT, START_ARRAY -> {
                        if (open.size() >= MAX_DEPTH) {
                            problems.error("too-deep", here(), "", "the YAML nests deeper than " + MAX_DEPTH
                                    + " levels; a scenario needs five or six");
                            return Optional.empty();
                        }
                        open.push(new Open(token == JsonToken.START_OBJECT, here(), parser.getObjectId()));
                    }
                    case FIELD_NAME -> {
                        Open map = open.peek();
                        map.key = parser.currentName();
                        map.keySpan = here();
                    }
                    case END_OBJECT, END_ARRAY -> {
                        Open closed = open.pop();
                        done = closed.close();
                        if (closed.anchor != null) {
                            anchors.put(closed.anchor, done);
                        }
                    }
                    default -> done = scalar(token);
                }
                if (done != null) {
                    if (open.isEmpty()) {
                        return Optional.of(done);
                    }
                    attach(open.peek(), done);
                }
                token = parser.nextToken();
            }
        }

        private void attach(Open parent, YamlNode node) {
            if (!parent.mapping) {
                parent.items.add(node);
                return;
            }
            YamlNode.Entry first = parent.entries.get(parent.key);
            if (first != null) {
                problems.error("duplicate-key", parent.keySpan, "", "duplicate key '" + parent.key
                        + "': it is already given at line " + first.keySpan().line() + ", column "
                        + first.keySpan().column() + "; a key may appear once in a mapping");
                return;
            }
            parent.entries.put(parent.key, new YamlNode.Entry(parent.key, parent.keySpan, node));
        }

        private YamlNode scalar(JsonToken token) throws IOException {
            SourceSpan span = here();
            String text = parser.getText();
            if (parser.isCurrentAlias()) {
                YamlNode target = anchors.get(text);
                if (target == null) {
                    throw new UnknownAlias(span, text);
                }
                return target;
            }
            YamlNode node = switch (token) {
                case VALUE_NUMBER_INT -> new YamlNode.Scalar(YamlNode.Scalar.Kind.INTEGER, text,
                        new BigDecimal(parser.getBigIntegerValue()), span);
                case VALUE_NUMBER_FLOAT -> decimal(text, span);
                case VALUE_TRUE, VALUE_FALSE -> new YamlNode.Scalar(YamlNode.Scalar.Kind.BOOLEAN, text, null, span);
                case VALUE_NULL -> new YamlNode.Scalar(YamlNode.Scalar.Kind.NULL, text, null, span);
                default -> new YamlNode.Scalar(YamlNode.Scalar.Kind.TEXT, text, null, span);
            };
            String anchor = parser.getObjectId();
            if (anchor != null) {
                anchors.put(anchor, node);
            }
            return node;
        }

        private YamlNode decimal(String text, SourceSpan span) throws IOException {
            String lower = text.toLowerCase(Locale.ROOT);
            if (lower.contains("inf") || lower.contains("nan")) {
                return new YamlNode.Scalar(YamlNode.Scalar.Kind.NOT_FINITE, text, null, span);
            }
            try {
                return new YamlNode.Scalar(YamlNode.Scalar.Kind.DECIMAL, text, parser.getDecimalValue(), span);
            } catch (NumberFormatException e) {
                return new YamlNode.Scalar(YamlNode.Scalar.Kind.NOT_FINITE, text, null, span);
            }
        }

        private SourceSpan here() {
            return span(parser.currentTokenLocation(), parser.currentLocation());
        }
    }
}
