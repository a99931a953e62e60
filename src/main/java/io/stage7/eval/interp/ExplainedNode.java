package io.stage7.eval.interp;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One sub-expression of an explained formula: its text, what it evaluated to, and its operands,
 * as a tree that mirrors the formula. Values are written as formula literals: text quoted
 * ({@code "EMEA"}), numbers plain ({@code 0.25}), checkboxes {@code TRUE}/{@code FALSE}, dates
 * and date-times in ISO-8601 ({@code 2026-04-29}, {@code 2026-04-29T10:00:00Z}, GMT), times
 * {@code HH:MM:SS[.mmm]}, multi-select values as stored ({@code "SaaS;Services"}), and blank
 * as {@code BLANK}.
 *
 * <p>Exactly one of three things is true of a node:
 * <ul>
 *   <li>it was evaluated to a value: {@link #value()} is present;</li>
 *   <li>it raised a runtime error, or one of its operands did: {@link #error()} holds the
 *       {@code #Error!} message ({@link #raisedHere()} tells the node that raised it from the
 *       nodes it passed through);</li>
 *   <li>it was not evaluated ({@link #evaluated()} is false): the untaken branch of an IF or
 *       CASE, the right operand of a short-circuited {@code &&} or {@code ||}, the substitute
 *       of a BLANKVALUE whose expression was not blank, or what follows an error.</li>
 * </ul>
 *
 * @param source   the sub-expression as formula text, with only the parentheses it needs
 * @param kind     what kind of expression it is
 * @param value    its value as a formula literal, when it was evaluated without error
 * @param error    the runtime error, when it or an operand raised one
 * @param children the operands or arguments, in source order (also for nodes not evaluated)
 */
public record ExplainedNode(String source, Kind kind, boolean evaluated, Optional<String> value,
                            Optional<String> error, List<ExplainedNode> children) {

    /** The kinds of expression, so a presenter can, say, leave out literals. */
    public enum Kind { LITERAL, FIELD, OPERATOR, FUNCTION }

    public ExplainedNode {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(error, "error");
        children = List.copyOf(children);
        if (evaluated == (value.isPresent() == error.isPresent())) {
            throw new IllegalArgumentException("an evaluated node has a value or an error; one not evaluated has neither");
        }
    }

    /** Whether this node raised its error itself, rather than passing on an operand's. */
    public boolean raisedHere() {
        return error.isPresent() && children.stream().noneMatch(child -> child.error().isPresent());
    }

    /** The node as a text block, indented like the formula; see {@link Explanation#render()}. */
    public String render() {
        StringBuilder out = new StringBuilder();
        ExplanationRenderer.node(out, this, 0);
        return out.toString();
    }
}
