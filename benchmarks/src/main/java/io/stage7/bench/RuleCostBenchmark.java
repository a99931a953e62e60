package io.stage7.bench;

import io.stage7.Rules;
import io.stage7.eval.Evaluator;
import io.stage7.eval.DataRecord;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the compiled team rules spend their time: the team rules with only one rule kept (one
 * requirement active and no routing, or only the routing sets), on the same pool. A rule's
 * cost is its score minus {@code NONE}'s (no rule at all: the Decision and the loop). A
 * diagnostic, not a target.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 1)
@Measurement(iterations = 3, time = 1)
@Fork(1)
public class RuleCostBenchmark {
    private static final Pattern REQUIREMENT = Pattern.compile("(?m)^requirement (\\w+) on (\\w+) \\{\\n");

    @Param({"NONE", "ROUTING", "Submitted_At_Stage_7", "Region_Required", "Amount_Positive", "Account_Credit_Hold",
        "Order_Form_Signed", "Order_Form_Signed_Date", "PO_Number_Required", "Bill_To_Contact_Required",
        "Bill_To_Email_Format", "Payment_Terms_Standard", "Close_Date_Not_In_Past", "Close_Date_In_Current_Quarter",
        "Legal_Approval_For_Non_Standard_Terms", "Discount_Approval_Required", "Ramp_Deal_Multi_Year",
        "Ramp_Schedule_Required", "Services_SOW_Required", "Escalation_Reason_Required",
        "Escalation_During_Period_End", "Complex_After_Cutoff", "Submitted_Outside_Support_Hours"})
    String keep;

    Evaluator compiled;
    DataRecord[] pool;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path shipped = Stage7Files.resolve("rules");
        Path dir = Files.createTempDirectory("stage7-rule-cost");
        Files.createDirectories(dir.resolve("holidays"));
        try (var holidays = Files.list(shipped.resolve("holidays"))) {
            for (Path file : (Iterable<Path>) holidays::iterator) {
                Files.copy(file, dir.resolve("holidays").resolve(file.getFileName()));
            }
        }
        for (String file : List.of("opportunity.rules", "policy.rules")) {
            Files.copy(shipped.resolve(file), dir.resolve(file));
        }
        if (keep.equals("ROUTING")) {
            Files.copy(shipped.resolve("routing.rules"), dir.resolve("routing.rules"));
        }
        Files.writeString(dir.resolve("requirements.rules"), keepOnly(Files.readString(shipped.resolve("requirements.rules"))));
        Rules rules = Stage7Files.load(dir);
        compiled = rules.evaluator();
        pool = OpportunityPool.of(rules).toArray(new DataRecord[0]);
    }

    /** Every requirement but {@code keep} made inactive (the one already inactive stays as it is). */
    private String keepOnly(String text) {
        Matcher m = REQUIREMENT.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            boolean alreadyInactive = text.indexOf("active false", m.end()) >= 0
                    && text.indexOf("active false", m.end()) < nextBlock(text, m.end());
            String replacement = name.equals(keep) || alreadyInactive ? m.group() : m.group() + "  active false\n";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static int nextBlock(String text, int from) {
        int next = text.indexOf("\nrequirement ", from);
        return next < 0 ? text.length() : next;
    }

    @Benchmark
    @OperationsPerInvocation(OpportunityPool.SIZE)
    public void compiled(Blackhole out) {
        for (DataRecord record : pool) {
            out.consume(compiled.evaluate(record, OpportunityPool.CLOCK));
        }
    }

}
