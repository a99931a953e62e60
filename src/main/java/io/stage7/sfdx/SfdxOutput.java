package io.stage7.sfdx;

import io.stage7.output.OutputFolder;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.function.Consumer;

/** Writes what import and export produce through Stage7's atomic output folders. */
final class SfdxOutput {

    private SfdxOutput() {
    }

    /**
     * Writes {@code files} (relative path to UTF-8 content) as the folder {@code target}, replacing
     * a previous Stage7 output there; {@code verify} sees the complete staging folder first and may
     * throw to leave the target untouched.
     *
     * @throws IOException when the folder cannot be written, is being written by another run, or
     *                     holds files Stage7 did not write ({@link io.stage7.output.OutputRefusedException})
     */
    static void write(Path target, Map<String, String> files, Map<String, ?> inputs, Consumer<Path> verify)
            throws IOException {
        try (OutputFolder folder = OutputFolder.open(target)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                Path path = folder.staging().resolve(file.getKey());
                Files.createDirectories(path.getParent());
                Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
            }
            verify.accept(folder.staging());
            folder.commit(inputs);
        }
    }
}
