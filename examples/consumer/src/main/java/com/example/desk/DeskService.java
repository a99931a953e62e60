package com.example.desk;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.stage7.Rules;
import io.stage7.eval.*;               // a wildcard import: DataRecord does not clash with java.lang.Record
import org.antlr.v4.runtime.RuntimeMetaData;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A service that embeds Stage7 while it uses its own ANTLR and Jackson: loads the rules, evaluates
 * one opportunity and checks the decision; exits non-zero when anything is off.
 */
public final class DeskService {

    public static void main(String[] args) throws Exception {
        System.out.println("ANTLR runtime " + RuntimeMetaData.VERSION + ", Jackson "
                + new ObjectMapper().version());
        Rules.Loaded loaded = Rules.load(Path.of(args[0]));
        if (loaded.hasErrors()) {
            System.err.print(loaded.render());
            System.exit(1);
        }
        Rules rules = loaded.rules().orElseThrow();
        DataRecord opportunity = rules.newRecord("Opportunity")
                .id("OPP-0042")
                .set("Region", "EMEA")
                .set("StageName", "7 - Closing")
                .set("Amount", new BigDecimal("120000"))
                .set("CloseDate", LocalDate.of(2026, 4, 17))
                .set("SubmittedAt", Instant.parse("2026-03-10T10:00:00Z"))
                .build();
        Decision decision = rules.evaluate(opportunity, Instant.parse("2026-03-10T10:00:00Z"));
        Route route = decision.route("Approval_Queue").orElseThrow();
        System.out.println(decision.violations().size() + " violations; queue " + route.queue());
        if (decision.violations().isEmpty() || !route.queue().startsWith("EMEA")) {
            System.err.println("unexpected decision: " + decision);
            System.exit(1);
        }
    }
}
