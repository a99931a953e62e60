package io.stage7.eval;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Public Java types for {@link RecordBindingTypesTest}: one per way of holding a field. */
public final class BindingSamples {
    private BindingSamples() {
    }

    public enum Stage { Open, Won }

    public enum Product { SaaS, Support }

    public enum Tier { Gold, Silvr, Bronze }

    public record Primitives(int id, int quantity, long amount, double discount, float score, boolean signed) {
    }

    /** Loaded again by a class loader Stage7's cannot see, it lends its own lookup. */
    public record Isolated(String id, long quantity) {
        public static java.lang.invoke.MethodHandles.Lookup lookup() {
            return java.lang.invoke.MethodHandles.lookup();
        }
    }

    public record Boxed(Long id, Integer quantity, Long amount, Double discount, Float score, Boolean signed,
                        Short rank) {
    }

    public record Objects(UUID id, String name, String account, String stage, BigDecimal amount, LocalDate closeDate,
                          Instant submittedAt, LocalTime cutoff, Set<String> products, String notes) {
    }

    public record Enums(String id, Stage stage, Stage name, EnumSet<Product> products, ZonedDateTime submittedAt) {
    }

    public record Listed(CharSequence id, List<? extends Product> products, OffsetDateTime submittedAt) {
    }

    /** A JavaBean: getters, an is-getter, a public field, and a getter that hides a field of its name. */
    public static class Bean {
        public String notes = "a public field";
        public String name = "hidden by getName()";
        private final String id;

        public Bean(String id) {
            this.id = id;
        }

        public String getId() {
            return id;
        }

        public String getName() {
            return "from the getter";
        }

        public boolean isSigned() {
            return true;
        }

        public BigDecimal getAmount() {
            return new BigDecimal("12.50");
        }
    }

    /** Annotated members: a field gives the Id, a method a relationship path, another a custom field. */
    public static class Annotated {
        @Stage7Field("Id")
        public String key = "A-1";

        @Stage7Field("Account.Tier")
        public String tier() {
            return "Gold";
        }

        @Stage7Field("notes__C")
        public String remark() {
            return "noted";
        }

        @Stage7Field("Account.Id")
        public String parent() {
            return "001A";
        }
    }

    /** Deal reads Amount and Account.Tier; these are bound cleanly. */
    public record GoodDeal(String id, BigDecimal amount, @Stage7Field("Account.Tier") String tier) {
    }

    public record Unknown(String id, BigDecimal amount, @Stage7Field("Account.Teir") String tier) {
    }

    public record WrongTypes(String id, String amount, @Stage7Field("Account.Tier") int tier, List<Integer> products) {
    }

    public record Ambiguous(String id, BigDecimal amount, @Stage7Field("Account.Tier") String tier, String region_) {
    }

    public record Twice(String id, @Stage7Field("Amount") BigDecimal total, @Stage7Field("amount") BigDecimal net,
                        @Stage7Field("Account.Tier") String tier) {
    }

    public record NoId(BigDecimal amount, @Stage7Field("Account.Tier") String tier) {
    }

    public record Missing(String id, BigDecimal amout) {
    }

    public record BadEnum(String id, BigDecimal amount, @Stage7Field("Account.Tier") Tier tier) {
    }

    public record BadId(LocalDate id, BigDecimal amount, @Stage7Field("Account.Tier") String tier) {
    }
}
