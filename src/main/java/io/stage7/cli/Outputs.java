package io.stage7.cli;

import io.stage7.output.OutputBusyException;
import io.stage7.output.OutputRefusedException;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;

/** How the commands report an output they could not write, and the one bug a run checks itself for. */
final class Outputs {

    static final String CONSERVATION_BUG =
            "stage7: internal error (a bug in Stage7, please report it): the conservation of work does not hold";

    private Outputs() {
    }

    /**
     * Prints why {@code output} was not written and returns the exit code: 2, since the fix is to
     * name another output (or wait for the other run); the previous output, if any, is untouched.
     */
    static int cannotWrite(Path output, IOException e, PrintWriter err) {
        if (e instanceof OutputBusyException || e instanceof OutputRefusedException) {
            err.println("stage7: error: " + e.getMessage());
        } else {
            err.println("stage7: cannot write the output folder " + output + ": " + e);
        }
        return Main.USAGE;
    }
}
