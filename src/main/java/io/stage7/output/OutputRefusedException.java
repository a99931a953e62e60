package io.stage7.output;

import java.io.IOException;

/** The output cannot go where it was asked to: a folder holding files Stage7 did not write, a file in the way. */
public final class OutputRefusedException extends IOException {
    private static final long serialVersionUID = 1L;

    OutputRefusedException(String message) {
        super(message);
    }
}
