package io.stage7.output;

import java.io.IOException;
import java.nio.file.Path;

/** Another run is writing the same output folder or file at this moment. */
public final class OutputBusyException extends IOException {
    private static final long serialVersionUID = 1L;

    OutputBusyException(Path target) {
        super("another Stage7 run is writing " + target + " right now; wait for it to finish, or choose another output");
    }
}
