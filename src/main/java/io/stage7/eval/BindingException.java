package io.stage7.eval;

import java.util.List;

/**
 * A Java class that cannot be bound to a Stage7 object: every problem found, each a sentence
 * naming the Java member and the field (unknown fields, Java types that cannot hold a field's
 * values, ambiguous matches, fields the rules read that nothing binds, a missing Id, access).
 */
public final class BindingException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final transient List<String> problems;

    BindingException(Class<?> javaType, String object, List<String> problems) {
        super(message(javaType, object, problems));
        this.problems = List.copyOf(problems);
    }

    /** Every problem, in the order found. */
    public List<String> problems() {
        return problems;
    }

    private static String message(Class<?> javaType, String object, List<String> problems) {
        StringBuilder out = new StringBuilder("cannot bind ").append(javaType.getName()).append(" to ").append(object)
                .append(": ").append(problems.size()).append(problems.size() == 1 ? " problem" : " problems");
        for (String problem : problems) {
            out.append("\n  - ").append(problem);
        }
        return out.toString();
    }
}
