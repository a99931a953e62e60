package io.stage7.diag;

/**
 * One documented limit on input (docs/limits.md): its value, and the system property that raises
 * it, so every message that enforces a limit can say both. The value is read once, when the limit
 * is created; a property that is not a positive number leaves the standard value.
 *
 * @param property the system property, e.g. {@code stage7.limit.lineLength}
 * @param value    the limit in force
 */
public record Limit(String property, long value) {

    /** The limit {@code property} sets, or {@code standard}. */
    public static Limit of(String property, long standard) {
        String given = System.getProperty(property);
        if (given != null) {
            try {
                long value = Long.parseLong(given.trim().replace("_", ""));
                if (value > 0) {
                    return new Limit(property, value);
                }
            } catch (NumberFormatException e) {
                return new Limit(property, standard);
            }
        }
        return new Limit(property, standard);
    }

    /** Whether {@code amount} is past the limit. */
    public boolean exceededBy(double amount) {
        return !(amount <= value);
    }

    /** {@code "the limit is 1,000; raise it with STAGE7_JAVA_OPTS=-Dproperty=N (docs/limits.md)"}. */
    public String explain() {
        return String.format("the limit is %,d; raise it with STAGE7_JAVA_OPTS=-D%s=N (docs/limits.md)", value,
                property);
    }
}
