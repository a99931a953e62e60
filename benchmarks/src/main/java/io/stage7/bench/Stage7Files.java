package io.stage7.bench;

import io.stage7.Rules;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the Stage7 checkout is, so benchmarks read the shipped {@code rules/}, {@code data/} and
 * {@code scenarios/}: the {@code stage7.root} system property or {@code STAGE7_ROOT} variable,
 * else the nearest directory at or above the working directory that has {@code rules/}.
 */
final class Stage7Files {
    private Stage7Files() {
    }

    static Path root() {
        String configured = System.getProperty("stage7.root", System.getenv("STAGE7_ROOT"));
        if (configured != null) {
            return Path.of(configured).toAbsolutePath();
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("rules/opportunity.rules"))) {
                return dir;
            }
        }
        throw new IllegalStateException("cannot find the Stage7 checkout (a directory with rules/) at or above "
                + Path.of("").toAbsolutePath() + "; run from inside it or set -Dstage7.root");
    }

    static Path resolve(String relative) {
        return root().resolve(relative);
    }

    /** The shipped team rules, compiled; a rules error stops the benchmark with the rendered diagnostics. */
    static Rules teamRules() {
        return load(resolve("rules"));
    }

    static Rules load(Path rules) {
        Rules.Loaded loaded = Rules.load(rules);
        if (loaded.hasErrors()) {
            throw new IllegalStateException("the rules in " + rules + " do not check:\n" + loaded.render());
        }
        return loaded.rules().orElseThrow();
    }
}
