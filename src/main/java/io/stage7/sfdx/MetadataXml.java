package io.stage7.sfdx;

/**
 * Writes metadata XML as Salesforce's CLI retrieves it: the UTF-8 declaration, the metadata
 * namespace on the root, four spaces per level, and text escaped as the Metadata API escapes it.
 */
final class MetadataXml {

    private final StringBuilder out = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    private final String root;
    private int depth = 1;

    MetadataXml(String root) {
        this.root = root;
        out.append('<').append(root).append(" xmlns=\"").append(SfdxReader.NAMESPACE).append("\">\n");
    }

    MetadataXml element(String name, String text) {
        indent().append('<').append(name).append('>').append(escape(text)).append("</").append(name).append(">\n");
        return this;
    }

    MetadataXml open(String name) {
        indent().append('<').append(name).append(">\n");
        depth++;
        return this;
    }

    MetadataXml close(String name) {
        depth--;
        indent().append("</").append(name).append(">\n");
        return this;
    }

    String finish() {
        return out.append("</").append(root).append(">\n").toString();
    }

    private StringBuilder indent() {
        return out.append("    ".repeat(depth));
    }

    static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&apos;");
                case '\r' -> escaped.append("&#13;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }
}
