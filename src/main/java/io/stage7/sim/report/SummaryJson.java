package io.stage7.sim.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stage7.sim.model.RunTotals;
import io.stage7.sim.model.SlaTarget;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * {@code summary.json}: a {@link RunSummary} as JSON, keys in a fixed order, decimals rounded to
 * four places, {@code null} for a number that is undefined (an attainment without decisions).
 * docs/simulation.md documents every field.
 *
 * <p>{@link #tree} is the same document before rounding: the one list of what a run reports, which
 * the replicated summary and the what-if comparison walk so that every metric here gets its
 * interval there.
 */
public final class SummaryJson {

    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
    /** How the percentiles of times are estimated: said in the file, since it changes what they mean. */
    static final String PERCENTILES = "Kaplan-Meier: work still open at the end of the run is right-censored at its "
            + "time so far (counted in 'open'); null where more than 1 - p is still open";

    private SummaryJson() {
    }

    /** The JSON text, two-space indented, with a final newline. */
    public static String render(RunSummary summary) {
        return write(tree(summary));
    }

    /**
     * The document as a tree with its decimals unrounded: integers are long nodes, decimals
     * double nodes, undefined numbers null nodes. {@link #write} rounds them.
     */
    public static ObjectNode tree(RunSummary summary) {
        ObjectNode root = NODES.objectNode();
        root.put("scenario", summary.scenario());
        root.put("seed", summary.seed());
        root.put("replication", summary.replication());
        ObjectNode horizon = root.putObject("horizon");
        horizon.put("start", summary.start().toString());
        horizon.put("end", summary.end().toString());
        horizon.put("warmupEnd", summary.warmupEnd().toString());
        ObjectNode slas = root.putObject("sla");
        sla(slas, "decided", summary.decidedSla());
        sla(slas, "firstResponse", summary.firstResponseSla());
        root.put("percentiles", PERCENTILES);
        root.set("overall", metrics(summary.overall()));
        root.set("regions", regions(summary.regions()));
        ObjectNode periodEnd = root.putObject("periodEnd");
        periodEnd.set("overall", metrics(summary.periodEnd()));
        periodEnd.set("regions", regions(summary.periodEndRegions()));
        root.put("resubmissions", summary.resubmissions());
        root.put("traceOutsideHorizon", summary.traceOutsideHorizon());
        root.set("conservation", conservation(summary.conservation()));
        return root;
    }

    /**
     * A tree as this file's format writes it: objects two-space indented, arrays on one line,
     * decimals rounded half-up to four places with trailing zeros dropped, a final newline.
     */
    public static String write(JsonNode tree) {
        // Arrays (a confidence interval's two ends) stay on one line: [0.9462, 0.97].
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter(Separators.createDefaultInstance()
                .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
                .withArrayValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(DefaultPrettyPrinter.NopIndenter.instance);
        try {
            return MAPPER.writer(printer).writeValueAsString(rounded(tree)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serializes", e);
        }
    }

    /** A fresh object node of this format's factory, for documents built beside this one. */
    public static ObjectNode object() {
        return NODES.objectNode();
    }

    /** A copy of the tree with every double rounded to a four-place decimal. */
    private static JsonNode rounded(JsonNode node) {
        if (node.isDouble() || node.isFloat()) {
            BigDecimal value = Format.rounded(node.doubleValue());
            return value == null ? NODES.nullNode() : NODES.numberNode(value);
        }
        if (node.isObject()) {
            ObjectNode copy = NODES.objectNode();
            node.fields().forEachRemaining(field -> copy.set(field.getKey(), rounded(field.getValue())));
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = NODES.arrayNode();
            node.forEach(element -> copy.add(rounded(element)));
            return copy;
        }
        return node;
    }

    private static void sla(ObjectNode parent, String key, Optional<SlaTarget> sla) {
        if (sla.isEmpty()) {
            parent.putNull(key);
            return;
        }
        ObjectNode node = parent.putObject(key);
        node.put("name", sla.get().name());
        node.put("hours", sla.get().hours());
        node.put("businessHours", sla.get().businessHours());
    }

    private static ObjectNode regions(Map<String, Metrics> regions) {
        ObjectNode node = NODES.objectNode();
        regions.forEach((name, metrics) -> node.set(name, metrics(metrics)));
        return node;
    }

    private static ObjectNode metrics(Metrics m) {
        ObjectNode node = NODES.objectNode();
        node.put("submitted", m.submitted());
        node.put("decided", m.decided());
        node.put("approvals", m.approvals());
        node.put("rejections", m.rejections());
        node.put("unroutable", m.unroutable());
        node.put("waiting", m.waiting());
        node.put("inReview", m.inReview());
        ObjectNode sla = node.putObject("sla");
        sla.put("met", m.slaMet());
        sla.put("breachedOpen", m.slaBreachedOpen());
        number(sla, "attainment", m.slaAttainment());
        ObjectNode times = node.putObject("timeToDecision");
        times.set("businessHours", times(m.businessHours()));
        times.set("wallHours", times(m.wallHours()));
        number(node, "utilization", m.utilization());
        ObjectNode hours = node.putObject("specialistHours");
        hours.put("working", m.workingHours());
        hours.put("busy", m.busyHours());
        node.put("rework", m.rework());
        node.put("billingRejections", m.billingRejections());
        node.put("defectiveApprovals", m.defectiveApprovals());
        number(node, "approvalAccuracy", m.approvalAccuracy());
        ObjectNode escalations = node.putObject("escalations");
        escalations.put("accepted", m.escalationsAccepted());
        escalations.put("refused", m.escalationsRefused());
        node.put("reviewedByOtherRegions", m.reviewedByOtherRegions());
        ChatterMetrics c = m.chatter();
        ObjectNode chatter = node.putObject("chatter");
        chatter.put("opened", c.opened());
        chatter.put("responded", c.responded());
        chatter.put("waiting", c.waiting());
        chatter.put("inProgress", c.inProgress());
        chatter.put("slaMet", c.slaMet());
        chatter.put("slaBreachedOpen", c.slaBreachedOpen());
        number(chatter, "slaAttainment", c.slaAttainment());
        chatter.set("firstResponseBusinessHours", times(c.firstResponse()));
        return node;
    }

    private static ObjectNode times(TimeToDecision t) {
        ObjectNode node = NODES.objectNode();
        node.put("count", t.count());
        node.put("open", t.open());
        number(node, "mean", t.mean());
        number(node, "p50", t.p50());
        number(node, "p90", t.p90());
        number(node, "p95", t.p95());
        number(node, "p99", t.p99());
        return node;
    }

    private static ObjectNode conservation(Conservation conservation) {
        RunTotals t = conservation.reported();
        ObjectNode node = NODES.objectNode();
        node.put("opportunities", t.opportunities());
        node.put("booked", t.booked());
        node.put("atBilling", t.atBilling());
        node.put("inRework", t.inRework());
        node.put("waiting", t.waiting());
        node.put("inReview", t.inReview());
        node.put("unroutable", t.unroutable());
        node.put("attempts", t.attempts());
        node.put("decided", t.decided());
        node.put("resubmissions", t.resubmissions());
        node.put("chatterCases", t.cases());
        node.put("chatterResponded", t.responded());
        node.put("chatterWaiting", t.casesWaiting());
        node.put("chatterInProgress", t.casesInProgress());
        node.put("holds", conservation.holds());
        return node;
    }

    private static void number(ObjectNode node, String key, OptionalDouble value) {
        if (value.isPresent() && Double.isFinite(value.getAsDouble())) {
            node.put(key, value.getAsDouble());
        } else {
            node.putNull(key);
        }
    }
}
