package io.stage7.eval.compiled;

import io.stage7.calendar.PeriodEnds;
import io.stage7.calendar.PeriodKind;
import io.stage7.eval.EvalContext;
import io.stage7.eval.PolicyRuntime;
import io.stage7.eval.DataRecord;

import java.time.Instant;

/** Nodes of the policy functions that are worth specializing: IS_PERIOD_END on every routing hot path. */
final class PolicyNodes {
    private PolicyNodes() {
    }

    /** IS_PERIOD_END with its calendar and window resolved at compile time ({@code kind} null: any window). */
    static final class IsPeriodEnd implements Cond {
        final Val<Instant> instant;
        final PeriodEnds ends;
        final PeriodKind kind;

        IsPeriodEnd(Val<Instant> instant, PeriodEnds ends, PeriodKind kind) {
            this.instant = instant;
            this.ends = ends;
            this.kind = kind;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            return GeneratedSupport.isPeriodEnd(instant.eval(record, context), ends, kind);
        }
    }

    /** IS_PERIOD_END with a computed window or calendar: resolved per call by the policy runtime. */
    static final class IsPeriodEndCall implements Cond {
        final Val<Instant> instant;
        final Val<String> window;
        final Val<String> calendar;
        final PolicyRuntime policy;

        IsPeriodEndCall(Val<Instant> instant, Val<String> window, Val<String> calendar, PolicyRuntime policy) {
            this.instant = instant;
            this.window = window;
            this.calendar = calendar;
            this.policy = policy;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            Instant at = instant.eval(record, context);
            String w = window.eval(record, context);
            return GeneratedSupport.isPeriodEndCall(at, w, calendar.eval(record, context), policy);
        }
    }

    /** IS_BUSINESS_HOURS with its calendar resolved at compile time (a constant, or a CASE of constants). */
    static final class IsBusinessHours implements Cond {
        final Val<Instant> instant;
        final Val<PolicyRuntime.NamedCalendar> calendar;
        final PolicyRuntime policy;

        IsBusinessHours(Val<Instant> instant, Val<PolicyRuntime.NamedCalendar> calendar, PolicyRuntime policy) {
            this.instant = instant;
            this.calendar = calendar;
            this.policy = policy;
        }

        @Override
        public int test(DataRecord record, EvalContext context) {
            Instant at = instant.eval(record, context);
            return GeneratedSupport.isBusinessHours(at, calendar.eval(record, context), policy);
        }
    }
}
