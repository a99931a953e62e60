/**
 * Stage7 as a module. The stable API is the two entry points ({@code io.stage7}: {@code Rules},
 * {@code Simulator}) and the records, decisions and bindings they take and return
 * ({@code io.stage7.eval}, {@code io.stage7.diag}). The second group of exports holds what those
 * name in turn (the checked model, explanations, data files, rule tests, scenarios, calendars):
 * exported so that a modular application can name every type the API hands it, but they may
 * change between minor releases. ApiSurfaceTest checks that no exported signature names a type
 * outside these packages. Every other package is internal.
 */
module io.stage7 {
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.objectweb.asm;
    requires org.yaml.snakeyaml;
    // Public holidays by country and subdivision (the calendar package).
    requires de.focus_shift.jollyday.core;
    // StAX, to read Salesforce metadata with line and column locations (the sfdx package).
    requires java.xml;
    // Relocated into io.stage7.syntax.internal.antlr when the jar is built: needed to compile only.
    requires static org.antlr.antlr4.runtime;
    // The command line's; an application embedding the library does not need it.
    requires static info.picocli;

    exports io.stage7;
    exports io.stage7.eval;
    exports io.stage7.diag;
    // Named by the API above; exported, not promised stable.
    exports io.stage7.check;
    exports io.stage7.eval.interp;
    exports io.stage7.records;
    exports io.stage7.ruletest;
    exports io.stage7.scenario;
    exports io.stage7.calendar;
    exports io.stage7.ast;
    exports io.stage7.sim.random;

    opens io.stage7.cli to info.picocli;
}
