/**
 * Stage7 as a module: the API is the two entry points ({@code io.stage7}: {@code Rules},
 * {@code Simulator}) and what they take and return; every other package is internal and may
 * change in any release.
 */
module io.stage7 {
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires org.objectweb.asm;
    requires org.yaml.snakeyaml;
    // Public holidays by country and subdivision (the calendar package).
    requires de.focus_shift.jollyday.core;
    // Relocated into io.stage7.syntax.internal.antlr when the jar is built: needed to compile only.
    requires static org.antlr.antlr4.runtime;
    // The command line's; an application embedding the library does not need it.
    requires static info.picocli;

    exports io.stage7;
    exports io.stage7.eval;
    exports io.stage7.diag;

    opens io.stage7.cli to info.picocli;
}
