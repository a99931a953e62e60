package io.stage7.cli;

import io.stage7.eval.Decision;
import io.stage7.eval.Route;
import io.stage7.eval.RuleFailure;
import io.stage7.eval.Violation;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * The {@code jsonl} form of {@code eval}: one compact JSON object per record, with every key
 * always present ({@code null} when a route assigned nothing).
 *
 * <pre>{"id":"OPP-1","object":"Opportunity","violations":[{"rule":"…","severity":"error","message":"…","field":"…"}],
 * "routes":[{"routing":"…","entry":2,"queue":"…","region":"…","priority":2,"complexity":"complex","notBefore":null}],
 * "failures":[{"rule":"…","message":"…"}]}</pre>
 *
 * <p>Written as bytes into a buffer each thread reuses ({@link Utf8Line}), with no generator and
 * no tree: {@code eval} writes one of these per record of an export, on every core. The bytes are
 * those Jackson's generator wrote (numbers plain, strings escaped alike).
 */
final class DecisionJson {
    private static final ThreadLocal<Utf8Line> LINE = ThreadLocal.withInitial(Utf8Line::new);

    private DecisionJson() {
    }

    /** The line as UTF-8 with its line break: written as bytes, it needs no encoding on the way out. */
    static byte[] bytes(String object, Decision decision) {
        Utf8Line json = LINE.get().reset();
        json.ascii("{\"id\":").jsonString(decision.recordId()).ascii(",\"object\":").jsonString(object)
                .ascii(",\"violations\":[");
        boolean first = true;
        for (Violation violation : decision.violations()) {
            json.ascii(first ? "{\"rule\":" : ",{\"rule\":").jsonString(violation.requirement())
                    .ascii(",\"severity\":").ascii(violation.isError() ? "\"error\"" : "\"warning\"")
                    .ascii(",\"message\":").jsonString(violation.message())
                    .ascii(",\"field\":").jsonString(violation.field().orElse(null)).ascii('}');
            first = false;
        }
        json.ascii("],\"routes\":[");
        first = true;
        for (Route route : decision.routes()) {
            json.ascii(first ? "{\"routing\":" : ",{\"routing\":").jsonString(route.routing())
                    .ascii(",\"entry\":").ascii(Integer.toString(route.entry()))
                    .ascii(",\"queue\":").jsonString(route.queue())
                    .ascii(",\"region\":").jsonString(route.region())
                    .ascii(",\"priority\":").ascii(number(route.priority()))
                    .ascii(",\"complexity\":").jsonString(route.complexity().orElse(null))
                    .ascii(",\"notBefore\":").jsonString(route.notBefore().map(Object::toString).orElse(null))
                    .ascii('}');
            first = false;
        }
        json.ascii("],\"failures\":[");
        first = true;
        for (RuleFailure failure : decision.failures()) {
            json.ascii(first ? "{\"rule\":" : ",{\"rule\":").jsonString(failure.rule())
                    .ascii(",\"message\":").jsonString(failure.message()).ascii('}');
            first = false;
        }
        return json.ascii("]}\n").toByteArray();
    }

    /** A number as Jackson writes a BigDecimal with WRITE_BIGDECIMAL_AS_PLAIN, or null. */
    private static String number(Optional<BigDecimal> value) {
        return value.isPresent() ? value.get().toPlainString() : "null";
    }
}
