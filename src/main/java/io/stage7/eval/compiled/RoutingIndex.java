package io.stage7.eval.compiled;

import io.stage7.ast.Expr;
import io.stage7.check.CheckedRules;
import io.stage7.check.ExprType;
import io.stage7.check.FieldKind;
import io.stage7.check.FunctionSpec;
import io.stage7.check.RouteEntry;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The candidate entries of a routing set for one record, so that many entries testing the same
 * picklist (or text) field against constants cost a hash lookup instead of a scan.
 *
 * <p>An entry is <em>keyed</em> on a field when its condition is, for a set of values S, FALSE
 * without error and without evaluating anything else whenever the field's value is not in S:
 * {@code ISPICKVAL(F, "v")}, {@code TEXT(F) = "v"}, {@code F = "v"} for Text, a CASE on F whose
 * else result is FALSE, an OR of such tests on the same field, or an AND (either spelling) whose
 * first operand is one. Such an entry can only match a record whose value is in S, so for a
 * record the candidates are the entries keyed on its value merged, in entry order, with the
 * entries that are not keyed; conditions are still evaluated in full, in that order, so first
 * match semantics (and which runtime error is raised) are exactly those of the linear scan.
 */
final class RoutingIndex {
    /** A set with fewer keyed entries than this is scanned: the lookup would not pay for itself. */
    static final int MIN_KEYED_ENTRIES = 4;

    private static final int[] NONE = new int[0];

    private final int slot;
    private final Map<String, int[]> keyed;
    private final int[] unkeyed;

    private RoutingIndex(int slot, Map<String, int[]> keyed, int[] unkeyed) {
        this.slot = slot;
        this.keyed = keyed;
        this.unkeyed = unkeyed;
    }

    /** The index of a routing set's entries, or empty when too few are keyed on one field. */
    static Optional<RoutingIndex> build(CheckedRules rules, List<RouteEntry> entries, ToIntFunction<Expr.FieldRef> slots,
                                        int minKeyed) {
        KeyFinder finder = new KeyFinder(rules, slots);
        List<Keys> keys = new ArrayList<>(entries.size());
        Map<Integer, Integer> perSlot = new HashMap<>();
        for (RouteEntry entry : entries) {
            Keys found = entry.condition().map(finder::keys).orElse(null);
            keys.add(found);
            if (found != null) {
                perSlot.merge(found.slot, 1, Integer::sum);
            }
        }
        int best = -1;
        int bestCount = 0;
        for (Map.Entry<Integer, Integer> count : perSlot.entrySet()) {
            if (count.getValue() > bestCount || (count.getValue() == bestCount && count.getKey() < best)) {
                best = count.getKey();
                bestCount = count.getValue();
            }
        }
        if (bestCount < Math.max(1, minKeyed)) {
            return Optional.empty();
        }
        Map<String, List<Integer>> byValue = new HashMap<>();
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Keys found = keys.get(i);
            if (found != null && found.slot == best) {
                for (String value : found.values) {
                    byValue.computeIfAbsent(value, v -> new ArrayList<>()).add(i);
                }
            } else {
                rest.add(i);
            }
        }
        Map<String, int[]> keyed = new HashMap<>(byValue.size() * 2);
        byValue.forEach((value, positions) -> keyed.put(value, toArray(positions)));
        return Optional.of(new RoutingIndex(best, keyed, toArray(rest)));
    }

    /** The slot of the field the entries are keyed on. */
    int slot() {
        return slot;
    }

    /** The entries keyed on {@code value} (ascending positions); empty for a blank or unknown value. */
    int[] keyedOn(Object value) {
        if (!(value instanceof String text)) {
            return NONE;
        }
        int[] found = keyed.get(text);
        return found == null ? NONE : found;
    }

    /** The entries that are candidates for every record (ascending positions). */
    int[] unkeyed() {
        return unkeyed;
    }

    private static int[] toArray(List<Integer> positions) {
        int[] out = new int[positions.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = positions.get(i);
        }
        return out;
    }

    /** The values S of a keyed condition, and the slot of its field. */
    private record Keys(int slot, Set<String> values) {
    }

    /** Recognizes keyed conditions on the AST (see the class comment for the forms). */
    private static final class KeyFinder {
        private final CheckedRules rules;
        private final ToIntFunction<Expr.FieldRef> slots;

        KeyFinder(CheckedRules rules, ToIntFunction<Expr.FieldRef> slots) {
            this.rules = rules;
            this.slots = slots;
        }

        Keys keys(Expr condition) {
            if (condition instanceof Expr.Binary binary) {
                switch (binary.op()) {
                    case AND:
                        return keys(binary.left());
                    case OR:
                        return union(List.of(binary.left(), binary.right()));
                    case EQ:
                        return equality(binary.left(), binary.right());
                    default:
                        return null;
                }
            }
            if (!(condition instanceof Expr.Call call)) {
                return null;
            }
            String function = rules.functionOf(call).map(FunctionSpec::name).orElse("");
            List<Expr> args = call.arguments();
            switch (function) {
                case "AND":
                    return keys(args.get(0));
                case "OR":
                    return union(args);
                case "ISPICKVAL":
                    return args.get(0) instanceof Expr.FieldRef ref ? single(ref, args.get(1)) : null;
                case "CASE":
                    return caseKeys(args);
                default:
                    return null;
            }
        }

        private Keys union(List<Expr> operands) {
            int slot = -1;
            Set<String> values = new LinkedHashSet<>();
            for (Expr operand : operands) {
                Keys keys = keys(operand);
                if (keys == null || (slot >= 0 && keys.slot != slot)) {
                    return null;
                }
                slot = keys.slot;
                values.addAll(keys.values);
            }
            return slot < 0 ? null : new Keys(slot, values);
        }

        private Keys equality(Expr left, Expr right) {
            Keys keys = textOperand(left) != null ? single(textOperand(left), right) : null;
            return keys != null ? keys : textOperand(right) != null ? single(textOperand(right), left) : null;
        }

        /** The field of {@code TEXT(picklist field)} or of a Text field, else null. */
        private Expr.FieldRef textOperand(Expr expr) {
            if (expr instanceof Expr.FieldRef ref) {
                return isTextField(ref) ? ref : null;
            }
            if (expr instanceof Expr.Call call && call.arguments().size() == 1
                    && "TEXT".equals(rules.functionOf(call).map(FunctionSpec::name).orElse(""))
                    && call.arguments().get(0) instanceof Expr.FieldRef ref && isPicklistField(ref)) {
                return ref;
            }
            return null;
        }

        private Keys single(Expr.FieldRef field, Expr literal) {
            if (!(literal instanceof Expr.TextLiteral text) || text.value().isEmpty()
                    || !(isPicklistField(field) || isTextField(field))) {
                return null;
            }
            return new Keys(slots.applyAsInt(field), Set.of(declared(field, text.value())));
        }

        /** CASE(F, "a", r1, "b", r2, ..., FALSE): keyed on the values whose first pair's result is not FALSE. */
        private Keys caseKeys(List<Expr> args) {
            if (!(args.get(0) instanceof Expr.FieldRef ref) || !(isPicklistField(ref) || isTextField(ref))
                    || !isFalse(args.get(args.size() - 1))) {
                return null;
            }
            Set<String> seen = new HashSet<>();
            Set<String> values = new LinkedHashSet<>();
            for (int i = 1; i + 1 < args.size(); i += 2) {
                if (!(args.get(i) instanceof Expr.TextLiteral literal)) {
                    return null;
                }
                boolean first = seen.add(literal.value());
                if (first && !isFalse(args.get(i + 1))) {
                    if (literal.value().isEmpty()) {
                        return null; // a blank field would match it
                    }
                    values.add(declared(ref, literal.value()));
                }
            }
            return new Keys(slots.applyAsInt(ref), values);
        }

        /** A picklist's value as the field declares it: records hold that instance, found by identity. */
        private String declared(Expr.FieldRef ref, String value) {
            String declared = rules.fieldOf(ref).map(p -> p.field().declaredValue(value)).orElse(null);
            return declared == null ? value : declared;
        }

        private static boolean isFalse(Expr expr) {
            return expr instanceof Expr.BooleanLiteral literal && !literal.value();
        }

        private boolean isPicklistField(Expr.FieldRef ref) {
            return rules.fieldOf(ref).map(p -> p.field().kind() == FieldKind.PICKLIST).orElse(false);
        }

        private boolean isTextField(Expr.FieldRef ref) {
            return rules.fieldOf(ref).map(p -> p.type() == ExprType.TEXT).orElse(false);
        }
    }
}
