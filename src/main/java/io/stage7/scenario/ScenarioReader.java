package io.stage7.scenario;

import io.stage7.check.RulesCheck;
import io.stage7.diag.InputFiles;
import io.stage7.diag.SourceSpan;
import io.stage7.diag.SourceText;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Reads a scenario file: YAML with a location on every key and value, bound to a
 * {@link Scenario} and checked against the rules it names. Every problem is collected and
 * reported with its file, line, column and YAML path; nothing is thrown for bad input. The
 * format is documented in {@code docs/simulation.md} ("Scenario file").
 *
 * <pre>{@code
 * ScenarioResult result = ScenarioReader.read(Path.of("scenarios/default.yaml"));
 * if (result.hasErrors()) {
 *     System.err.print(result.render());
 * } else {
 *     Scenario scenario = result.scenario().orElseThrow();
 * }
 * }</pre>
 */
public final class ScenarioReader {

    private final Function<Path, RulesCheck> loadRules;

    private ScenarioReader(Function<Path, RulesCheck> loadRules) {
        this.loadRules = loadRules;
    }

    /** Reads and validates the scenario in {@code file}; relative paths in it resolve against its folder. */
    public static ScenarioResult read(Path file) {
        return new ScenarioReader(RulesCheck::load).readFile(file);
    }

    /**
     * Validates {@code bytes} as if they were the content of {@code file} (relative paths resolve
     * against its folder): for editors and for fuzzing.
     */
    public static ScenarioResult read(Path file, byte[] bytes) {
        return new ScenarioReader(RulesCheck::load).readBytes(file, bytes);
    }

    /** A reader that loads each rules directory once, for tests that read many variants of one scenario. */
    static ScenarioReader caching() {
        Map<Path, RulesCheck> cache = new LinkedHashMap<>();
        return new ScenarioReader(dir -> cache.computeIfAbsent(dir.toAbsolutePath().normalize(),
                d -> RulesCheck.load(dir)));
    }

    ScenarioResult readFile(Path file) {
        Objects.requireNonNull(file, "file");
        String shown = file.normalize().toString();
        byte[] bytes;
        try {
            bytes = InputFiles.read(file, YamlTreeReader.MAX_BYTES);
        } catch (InputFiles.TooLarge e) {
            return failure(shown, "file-too-large", String.format("'%s' holds at least %,d bytes; a scenario file may"
                    + " be at most %,d bytes (4 MiB)", shown, e.size(), YamlTreeReader.MAX_BYTES));
        } catch (InputFiles.NotAFile e) {
            return failure(shown, "not-a-file", "'" + shown + "' " + e.reason() + "; name a scenario file (.yaml)");
        } catch (NoSuchFileException e) {
            return failure(shown, "file-not-found", "cannot read '" + shown + "': no such file");
        } catch (AccessDeniedException e) {
            return failure(shown, "file-unreadable", "cannot read '" + shown + "': permission denied");
        } catch (IOException | SecurityException e) {
            return failure(shown, "file-unreadable", "cannot read '" + shown + "': " + e.getMessage());
        }
        return readBytes(file, bytes);
    }

    ScenarioResult readBytes(Path file, byte[] bytes) {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(bytes, "bytes");
        String shown = file.normalize().toString();
        Problems problems = new Problems();
        Map<String, SourceText> sources = new LinkedHashMap<>();
        YamlTreeReader yaml = new YamlTreeReader(shown, problems);
        Optional<String> text = yaml.decode(bytes);
        if (text.isEmpty()) {
            return new ScenarioResult(Optional.empty(), Optional.empty(), problems.sorted(), List.of(), sources);
        }
        sources.put(shown, new SourceText(shown, text.get()));
        Optional<YamlNode> root = yaml.parse(text.get());
        if (root.isEmpty()) {
            return new ScenarioResult(Optional.empty(), Optional.empty(), problems.sorted(), List.of(), sources);
        }
        Path base = file.normalize().getParent() == null ? Path.of("") : file.normalize().getParent();
        LinkedFiles files = new LinkedFiles(base, problems);
        ScenarioBinder binder = new ScenarioBinder(file.normalize(), problems, files, loadRules);
        Optional<Scenario> scenario;
        try {
            scenario = binder.bind(root.get());
        } catch (IllegalArgumentException e) {
            // A record's own check caught what validation let through: still the input's fault, still located.
            problems.error("invalid-scenario", SourceSpan.startOf(shown), "", e.getMessage());
            scenario = Optional.empty();
        }
        if (problems.hasErrors()) {
            scenario = Optional.empty();
        }
        sources.putAll(files.sources());
        sources.putAll(binder.ruleSources());
        return new ScenarioResult(scenario, binder.rules(), problems.sorted(), binder.ruleDiagnostics(), sources);
    }

    private static ScenarioResult failure(String shown, String code, String message) {
        Problems problems = new Problems();
        problems.error(code, SourceSpan.startOf(shown), "", message);
        return new ScenarioResult(Optional.empty(), Optional.empty(), problems.sorted(), List.of(), Map.of());
    }
}
