package io.stage7.sfdx;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An element of a metadata file: its local name, its text (entities decoded), its child
 * elements, and where it is in the file.
 *
 * @param tagOffset     the offset of the element's {@code <} in the file's text
 * @param contentOffset the offset just after its start tag: where its text begins
 */
record XmlElement(String name, String namespace, String text, List<XmlElement> children, int tagOffset,
                  int contentOffset) {

    XmlElement {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(namespace, "namespace");
        Objects.requireNonNull(text, "text");
        children = List.copyOf(children);
    }

    /** The first child called {@code name}. */
    Optional<XmlElement> child(String name) {
        return children.stream().filter(c -> c.name.equals(name)).findFirst();
    }

    /** Every child called {@code name}, in document order. */
    List<XmlElement> all(String name) {
        return children.stream().filter(c -> c.name.equals(name)).toList();
    }

    /** The text of the first child called {@code name}, when there is one. */
    Optional<String> text(String name) {
        return child(name).map(XmlElement::text);
    }
}
