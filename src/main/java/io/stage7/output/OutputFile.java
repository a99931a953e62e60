package io.stage7.output;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * One output file written all at once: into a hidden temporary sibling, renamed over the target
 * when the writer returns. A writer that fails, or a run that dies, leaves the previous file as it
 * was; a second run writing the same file meanwhile is refused.
 */
public final class OutputFile {

    /** Writes the content of a file given its path. */
    @FunctionalInterface
    public interface Writer<T> {
        T write(Path file) throws IOException;
    }

    private OutputFile() {
    }

    /**
     * Calls {@code writer} on a temporary sibling of {@code target}, then moves it into place;
     * returns what the writer returned.
     *
     * @throws OutputBusyException    another run is writing the same file
     * @throws OutputRefusedException {@code target} is a folder
     */
    public static <T> T write(Path target, Writer<T> writer) throws IOException {
        Path absolute = target.toAbsolutePath().normalize();
        if (Files.isDirectory(absolute, LinkOption.NOFOLLOW_LINKS)) {
            throw new OutputRefusedException(target + " is a folder; name a file for the output");
        }
        OutputLock.createParent(absolute);
        try (OutputLock lock = OutputLock.acquire(absolute)) {
            Path temporary = Files.createTempFile(absolute.getParent(), "." + absolute.getFileName() + ".partial-", "");
            try {
                T result = writer.write(temporary);
                Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                return result;
            } finally {
                Files.deleteIfExists(temporary);
            }
        }
    }
}
