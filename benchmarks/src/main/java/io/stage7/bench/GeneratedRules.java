package io.stage7.bench;

import io.stage7.Rules;
import io.stage7.eval.DataRecord;
import io.stage7.eval.RecordBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Rule files generated for the scaling and compile-time benchmarks, over a synthetic {@code Deal}
 * object: {@code n} requirements in five realistic shapes (ISPICKVAL, ISBLANK, comparisons, AND,
 * OR, NOT, a DATE), or one routing set with {@code n} entries testing the same picklist field,
 * and a deterministic pool of deals to evaluate. The text is deterministic, so every run compiles
 * the same file.
 */
final class GeneratedRules {
    static final String[] STAGES = {"Draft", "Submitted", "Approved", "Rejected"};
    static final String[] TIERS = {"Bronze", "Silver", "Gold", "Platinum"};

    private GeneratedRules() {
    }

    /** The Deal object, with {@code codes} values for its routing picklist, and the one calendar and region routes name. */
    static String header(int codes) {
        StringBuilder out = new StringBuilder("object Deal {\n")
                .append("  Stage      Picklist(").append(quoted(STAGES)).append(")\n")
                .append("  Tier       Picklist(").append(quoted(TIERS)).append(")\n")
                .append("  Code       Picklist(");
        for (int i = 0; i < codes; i++) {
            out.append(i == 0 ? "" : ", ").append('"').append(code(i)).append('"');
        }
        return out.append(")\n")
                .append("  Amount     Currency(16, 2)\n")
                .append("  Discount   Percent(5, 2)\n")
                .append("  Quantity   Number(6, 0)\n")
                .append("  Signed     Checkbox\n")
                .append("  Approved   Checkbox\n")
                .append("  Owner      Text(80)\n")
                .append("  Reference  Text(40)\n")
                .append("  CloseDate  Date\n")
                .append("}\n\n")
                .append("calendar AMER {\n  zone \"America/Los_Angeles\"\n  hours MON-FRI 07:00-17:00\n}\n\n")
                .append("region AMER { calendar AMER }\n\n")
                .toString();
    }

    /** A rules file with {@code n} active requirements on Deal. */
    static String requirements(int n) {
        StringBuilder out = new StringBuilder(header(10));
        for (int i = 0; i < n; i++) {
            out.append("requirement Req_").append(i).append(" on Deal {\n  ")
                    .append(i % 7 == 0 ? "warning" : "error").append(" when ").append(condition(i)).append('\n')
                    .append("  message \"Requirement ").append(i).append(" is not met: fix the deal before submitting.\"\n")
                    .append("  field ").append(i % 2 == 0 ? "Amount" : "Stage").append("\n}\n\n");
        }
        return out.toString();
    }

    private static String condition(int i) {
        switch (i % 5) {
            case 0:
                return "ISPICKVAL(Stage, \"Submitted\") && Amount > " + (100_000 + 10_000 * (i % 97)) + " && NOT(Approved)";
            case 1:
                return "ISPICKVAL(Tier, \"" + TIERS[i % 4] + "\") && (ISBLANK(Reference) || Discount > 0." + (30 + i % 20) + ")";
            case 2:
                return "AND(Signed, Quantity >= " + (500 + i % 500) + ", ISPICKVAL(Stage, \"Draft\"))";
            case 3:
                return "ISPICKVAL(Stage, \"Submitted\") && CloseDate < DATE(2026, " + (1 + i % 12) + ", " + (1 + i % 28) + ")";
            default:
                return "NOT(ISBLANK(Owner)) && ISPICKVAL(Tier, \"Gold\") && Quantity > " + (900 + i % 100)
                        + " && Amount < " + (1_000 + i % 1_000);
        }
    }

    /** A rules file with one routing set of {@code n} entries on Deal's Code picklist, then {@code otherwise}. */
    static String routing(int n, RoutingShape shape) {
        StringBuilder out = new StringBuilder(header(n)).append("routing Desk on Deal {\n");
        for (int i = 0; i < n; i++) {
            out.append("  when ").append(shape == RoutingShape.SCAN ? "Quantity >= 0 && " : "")
                    .append("ISPICKVAL(Code, \"").append(code(i)).append("\")\n")
                    .append("    assign queue = \"Queue ").append(i).append("\", region = \"AMER\", priority = ")
                    .append(1 + i % 3).append(", complexity = \"").append(i % 4 == 0 ? "complex" : "standard").append("\"\n");
        }
        return out.append("  otherwise\n    assign queue = \"Unmatched\", region = \"AMER\", priority = 3, complexity = \"standard\"\n}\n")
                .toString();
    }

    /** Writes {@code text} to {@code deal.rules} in a new temporary directory and returns the file. */
    static Path write(String text) {
        try {
            Path dir = Files.createTempDirectory("stage7-bench");
            Path file = dir.resolve("deal.rules");
            Files.writeString(file, text);
            file.toFile().deleteOnExit();
            dir.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code size} deals with varied values; a tenth have no Code (they fall through to {@code otherwise}). */
    static List<DataRecord> deals(Rules rules, int size, int codes) {
        SplittableRandom random = new SplittableRandom(7L);
        List<DataRecord> deals = new ArrayList<>(size);
        for (int n = 0; n < size; n++) {
            RecordBuilder b = rules.newRecord("Deal").id("DEAL-" + n);
            b.set("Stage", random.nextInt(20) == 0 ? null : STAGES[random.nextInt(STAGES.length)]);
            b.set("Tier", TIERS[random.nextInt(TIERS.length)]);
            b.set("Code", random.nextInt(10) == 0 ? null : code(random.nextInt(codes)));
            b.set("Amount", random.nextInt(30) == 0 ? null : BigDecimal.valueOf(random.nextLong(100, 2_000_000_00L), 2));
            b.set("Discount", random.nextInt(5) == 0 ? null : BigDecimal.valueOf(random.nextInt(51), 2));
            b.set("Quantity", BigDecimal.valueOf(random.nextInt(1_000)));
            b.set("Signed", random.nextInt(4) != 0);
            b.set("Approved", random.nextInt(5) != 0);
            b.set("Owner", random.nextInt(10) == 0 ? null : "Owner " + random.nextInt(50));
            b.set("Reference", random.nextInt(3) == 0 ? null : "REF-" + n);
            b.set("CloseDate", random.nextInt(20) == 0 ? null : LocalDate.of(2026, 1, 1).plusDays(random.nextInt(365)));
            deals.add(b.build());
        }
        return deals;
    }

    static String code(int i) {
        return String.format("C%05d", i);
    }

    private static String quoted(String[] values) {
        StringBuilder out = new StringBuilder();
        for (String value : values) {
            out.append(out.length() == 0 ? "" : ", ").append('"').append(value).append('"');
        }
        return out.toString();
    }
}
