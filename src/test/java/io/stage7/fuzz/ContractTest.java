package io.stage7.fuzz;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The contract's stack-trace detector: Java frames, and not a quoted rules line that looks like one. */
class ContractTest {

    @Test
    void javaFramesAreStackFrames() {
        assertTrue(Contract.isStackFrame("\tat io.stage7.check.Checker.check(Checker.java:52)"));
        assertTrue(Contract.isStackFrame("\tat java.base/java.lang.Thread.run(Thread.java:833)"));
        assertTrue(Contract.isStackFrame("    at jdk.internal.reflect.NativeMethodAccessorImpl.invoke0(Native Method)"));
    }

    @Test
    void aQuotedRulesLineIsNot() {
        assertFalse(Contract.isStackFrame(
                "  at \"2026-04-2// A complex deal at 16:45 inside the month-end window: complex, and (policy.rules)"));
        assertFalse(Contract.isStackFrame("at io.stage7.X.y(X.java:1)"), "a frame is indented");
    }
}
