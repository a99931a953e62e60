package io.stage7.sfdx;

import io.stage7.diag.Diagnostic;
import io.stage7.diag.SourceSpan;
import io.stage7.diag.SourceText;
import io.stage7.diag.Utf8Text;

import javax.xml.stream.Location;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * One metadata file, parsed: its text (kept to locate problems and to quote lines) and its root
 * element. DTDs and external entities are refused, so a file cannot make the reader fetch or
 * expand anything (XXE).
 */
final class XmlFile {

    private final String path;
    private final String text;
    private final XmlElement root;
    private final int[] lineStarts;

    private XmlFile(String path, String text, XmlElement root) {
        this.path = path;
        this.text = text;
        this.root = root;
        this.lineStarts = lineStarts(text);
    }

    /** What reading a file gave: the parsed file, or the one problem that stopped it. */
    sealed interface Read {
    }

    record Parsed(XmlFile file) implements Read {
    }

    record Failed(Diagnostic problem, SourceText source) implements Read {
    }

    /** Reads and parses {@code file}; {@code path} is its name in messages. */
    static Read read(Path file, String path) {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            return new Failed(Diagnostic.error("file-unreadable", SourceSpan.startOf(path),
                    "cannot read the file: " + e.getMessage()), new SourceText(path, ""));
        }
        Utf8Text.Decoded decoded = Utf8Text.decode(bytes, path);
        if (decoded instanceof Utf8Text.Problem problem) {
            return new Failed(problem.diagnostic(), new SourceText(path, ""));
        }
        return parse(((Utf8Text.Text) decoded).text(), path);
    }

    /** Parses metadata text. */
    static Read parse(String text, String path) {
        int doctype = text.indexOf("<!DOCTYPE");
        if (doctype >= 0) {
            // Refused before parsing: a DTD can declare external entities (XXE), and metadata has none.
            XmlFile located = new XmlFile(path, text, null);
            return new Failed(Diagnostic.error("doctype", located.spanAtOffset(doctype), "a document type "
                    + "declaration (<!DOCTYPE>) is not allowed: metadata files have none, and Stage7 reads no DTDs "
                    + "or external entities"), located.source());
        }
        // The JDK's own StAX, whatever other implementation (Woodstox) the class path brings: same messages.
        XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        try {
            XMLStreamReader reader = factory.createXMLStreamReader(new StringReader(text));
            try {
                return new Parsed(new XmlFile(path, text, tree(reader, text)));
            } finally {
                reader.close();
            }
        } catch (XMLStreamException e) {
            XmlFile located = new XmlFile(path, text, null);
            Location at = e.getLocation();
            SourceSpan span = at == null || at.getLineNumber() < 1 ? SourceSpan.startOf(path)
                    : located.spanAt(Math.max(1, at.getLineNumber()), Math.max(1, at.getColumnNumber()));
            return new Failed(Diagnostic.error("malformed-xml", span, "malformed XML: " + reason(e)),
                    located.source());
        }
    }

    /** The parser's message without its "ParseError at [row,col]" preamble. */
    private static String reason(XMLStreamException e) {
        String message = String.valueOf(e.getMessage());
        int at = message.indexOf("Message: ");
        return (at >= 0 ? message.substring(at + "Message: ".length()) : message).strip();
    }

    private static XmlElement tree(XMLStreamReader reader, String text) throws XMLStreamException {
        Deque<Open> open = new ArrayDeque<>();
        XmlElement root = null;
        while (reader.hasNext()) {
            int event = reader.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    // The parser's offset can run a character past the start tag (seen after CR LF
                    // line ends), so the tag is found in the text: the last one of this name before it.
                    String prefix = reader.getPrefix() == null || reader.getPrefix().isEmpty() ? ""
                            : reader.getPrefix() + ":";
                    int reported = Math.min(text.length(), Math.max(0, reader.getLocation().getCharacterOffset()));
                    int tag = Math.max(0, text.lastIndexOf("<" + prefix + reader.getLocalName(), reported));
                    int close = text.indexOf('>', tag);
                    int content = close < 0 ? reported : close + 1;
                    String ns = reader.getNamespaceURI() == null ? "" : reader.getNamespaceURI();
                    open.push(new Open(reader.getLocalName(), ns, tag, content));
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (!open.isEmpty()) {
                        open.peek().text.append(reader.getText());
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    Open done = open.pop();
                    XmlElement element = new XmlElement(done.name, done.namespace,
                            done.children.isEmpty() ? done.text.toString() : done.text.toString().strip(),
                            done.children, done.tagOffset, done.contentOffset);
                    if (open.isEmpty()) {
                        root = element;
                    } else {
                        open.peek().children.add(element);
                    }
                }
                default -> { }
            }
        }
        return root;
    }

    private static final class Open {
        final String name;
        final String namespace;
        final int tagOffset;
        final int contentOffset;
        final StringBuilder text = new StringBuilder();
        final List<XmlElement> children = new ArrayList<>();

        Open(String name, String namespace, int tagOffset, int contentOffset) {
            this.name = name;
            this.namespace = namespace;
            this.tagOffset = tagOffset;
            this.contentOffset = contentOffset;
        }
    }

    String path() {
        return path;
    }

    XmlElement root() {
        return root;
    }

    /** The file's text for quoting lines in messages. */
    SourceText source() {
        return new SourceText(path, text);
    }

    /** A one-character span at the element's name. */
    SourceSpan at(XmlElement element) {
        return spanAtOffset(Math.min(text.length(), element.tagOffset() + 1));
    }

    /** A span at the start of the element's text. */
    SourceSpan atContent(XmlElement element) {
        return spanAtOffset(element.contentOffset());
    }

    /**
     * A span at the {@code index}-th character of the element's decoded text: entities
     * ({@code &amp;}), character references, CDATA sections and comments are stepped over as the
     * parser decoded them, and a CR LF counts as one line break, as XML normalizes it.
     */
    SourceSpan atTextIndex(XmlElement element, int index) {
        int at = element.contentOffset();
        int decoded = 0;
        while (at < text.length() && decoded < index) {
            if (text.startsWith("<![CDATA[", at)) {
                int end = text.indexOf("]]>", at);
                int body = at + "<![CDATA[".length();
                int stop = end < 0 ? text.length() : end;
                int take = Math.min(index - decoded, stop - body);
                at = body + take;
                decoded += take;
                if (decoded < index) {
                    at = end < 0 ? text.length() : end + 3;
                }
                continue;
            }
            if (text.startsWith("<!--", at)) {
                int end = text.indexOf("-->", at);
                at = end < 0 ? text.length() : end + 3;
                continue;
            }
            char c = text.charAt(at);
            if (c == '&') {
                int end = text.indexOf(';', at);
                String entity = end < 0 ? "" : text.substring(at + 1, end);
                decoded += entity.startsWith("#") && Character.charCount(codePoint(entity)) == 2 ? 2 : 1;
                at = end < 0 ? at + 1 : end + 1;
            } else if (c == '\r' && at + 1 < text.length() && text.charAt(at + 1) == '\n') {
                at += 2;
                decoded++;
            } else {
                at++;
                decoded++;
            }
        }
        return spanAtOffset(at);
    }

    private static int codePoint(String reference) {
        try {
            return reference.startsWith("#x") ? Integer.parseInt(reference.substring(2), 16)
                    : Integer.parseInt(reference.substring(1));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private SourceSpan spanAtOffset(int offset) {
        int line = line(offset);
        int start = lineStarts[line - 1];
        int column = text.codePointCount(start, Math.min(offset, text.length())) + 1;
        int codePoints = text.codePointCount(0, Math.min(offset, text.length()));
        return new SourceSpan(path, line, column, line, column + 1, codePoints, codePoints + 1);
    }

    private SourceSpan spanAt(int line, int column) {
        int clamped = Math.min(line, lineStarts.length);
        int start = lineStarts[clamped - 1];
        int offset = Math.min(text.length(), start + column - 1);
        return spanAtOffset(offset);
    }

    private int line(int offset) {
        int low = 0;
        int high = lineStarts.length - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (lineStarts[mid] <= offset) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        return low + 1;
    }

    private static int[] lineStarts(String text) {
        List<Integer> starts = new ArrayList<>();
        starts.add(0);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                starts.add(i + 1);
            }
        }
        return starts.stream().mapToInt(Integer::intValue).toArray();
    }
}
