package io.stage7.bench;

/** How generated routing entries are written (a JMH parameter, so public). */
public enum RoutingShape {
    /** {@code ISPICKVAL(Code, "C00042")}: the RoutingIndex looks the entry up by the record's value. */
    INDEXED,
    /** {@code Quantity >= 0 && ISPICKVAL(Code, "C00042")}: the same routes, but a guard first means every entry is tried in turn. */
    SCAN
}
