package io.stage7.sim.experiment;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * {@code staff.json}: a {@link StaffingResult} as JSON, keys in a fixed order, decimals rounded
 * half-up to four places, so the same inputs give the same bytes. docs/simulation.md documents
 * every field.
 */
public final class StaffingJson {

    /** The file name in the output folder. */
    public static final String FILE = "staff.json";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private StaffingJson() {
    }

    /** The JSON text, two-space indented, with a final newline. */
    public static String render(StaffingResult result) {
        ObjectNode root = NODES.objectNode();
        root.put("scenario", result.scenario());
        root.put("seed", result.seed());
        ObjectNode target = root.putObject("target");
        target.put("text", result.target().toString());
        target.put("metric", result.target().metric().keyword());
        target.put("comparison", result.target().metric().isShare() ? ">=" : "<=");
        target.put("threshold", decimal(result.target().threshold()));
        root.put("confidence", decimal(result.confidence()));
        root.put("replications", result.replications());
        ObjectNode bounds = root.putObject("bounds");
        bounds.put("min", result.min());
        bounds.put("max", result.max());
        root.put("coverage", result.coverage().name().toLowerCase(Locale.ROOT));
        root.put("outcome", outcome(result.outcome()));
        root.put("allMet", result.allMet());
        root.put("plansSimulated", result.plansSimulated());
        root.put("passes", result.passes());
        root.put("settled", result.settled());
        root.put("roundsSettled", result.roundsSettled());
        root.put("curvesBackPlan", result.curvesBackPlan());
        ObjectNode verification = root.putObject("verification");
        verification.put("seed", result.verificationSeed());
        verification.put("replications", result.replications());
        verification.put("met", result.verified());
        ObjectNode plan = root.putObject("plan");
        int levels = StaffingLevel.values().length;
        int[] current = new int[levels];
        int[] recommended = new int[levels];
        ObjectNode planRegions = plan.putObject("regions");
        for (RegionStaffing region : result.regions()) {
            ObjectNode node = planRegions.putObject(region.region());
            ObjectNode now = node.putObject("current");
            ObjectNode next = node.putObject("recommended");
            ObjectNode change = node.putObject("change");
            for (StaffingLevel level : StaffingLevel.values()) {
                LevelAnswer answer = region.level(level);
                now.put(level.key(), answer.current());
                next.put(level.key(), answer.recommended());
                change.put(level.key(), answer.recommended() - answer.current());
                current[level.ordinal()] += answer.current();
                recommended[level.ordinal()] += answer.recommended();
            }
        }
        ObjectNode total = plan.putObject("total");
        ObjectNode totalNow = total.putObject("current");
        ObjectNode totalNext = total.putObject("recommended");
        ObjectNode totalChange = total.putObject("change");
        for (StaffingLevel level : StaffingLevel.values()) {
            totalNow.put(level.key(), current[level.ordinal()]);
            totalNext.put(level.key(), recommended[level.ordinal()]);
            totalChange.put(level.key(), recommended[level.ordinal()] - current[level.ordinal()]);
        }
        ObjectNode regions = root.putObject("regions");
        for (RegionStaffing region : result.regions()) {
            ObjectNode node = regions.putObject(region.region());
            for (StaffingLevel level : StaffingLevel.values()) {
                node.set(level.key(), level(region.level(level)));
            }
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return MAPPER.writer(printer).writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serializes", e);
        }
    }

    /** The outcome's name in {@code staff.json}. */
    static String outcome(StaffingResult.Outcome outcome) {
        switch (outcome) {
            case RECOMMENDED:
                return "recommended";
            case NOT_MET_WITHIN_BOUNDS:
                return "notMetWithinBounds";
            case NOT_SETTLED:
                return "notSettled";
            default:
                return "verificationMissed";
        }
    }

    private static ObjectNode level(LevelAnswer answer) {
        ObjectNode node = NODES.objectNode();
        node.put("status", answer.status().key());
        if (answer.headcount().isPresent()) {
            node.put("headcount", answer.headcount().getAsInt());
        } else {
            node.putNull("headcount");
        }
        node.put("current", answer.current());
        node.put("recommended", answer.recommended());
        if (answer.verification().isPresent()) {
            point(node.putObject("verification"), answer.verification().get());
        } else {
            node.putNull("verification");
        }
        ArrayNode curve = node.putArray("curve");
        for (StaffingPoint point : answer.curve()) {
            point(curve.addObject(), point);
        }
        return node;
    }

    private static void point(ObjectNode p, StaffingPoint point) {
        p.put("headcount", point.headcount());
        p.put("replications", point.replications());
        p.put("censored", point.censored());
        if (point.isCensored()) {
            // Not estimable: no mean or interval to write, and a miss.
            p.putNull("mean");
            p.putNull("low");
            p.putNull("high");
            p.putNull("bound");
        } else {
            p.put("mean", decimal(point.mean()));
            p.put("low", decimal(point.low()));
            p.put("high", decimal(point.high()));
            p.put("bound", decimal(point.bound()));
        }
        p.put("meets", point.meets());
    }

    /** Rounded half-up to four places, trailing zeros dropped. */
    static BigDecimal decimal(double value) {
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_UP).stripTrailingZeros();
        return rounded.signum() == 0 ? BigDecimal.ZERO : rounded.scale() < 0 ? rounded.setScale(0) : rounded;
    }
}
