package io.stage7.testing;

import java.nio.file.Path;

/**
 * The team project this repository ships ({@code rules/}, {@code scenarios/}, {@code data/}),
 * for the few tests that are about those files whatever they hold: the rules' own test blocks
 * pass, the shipped scenarios read cleanly, the committed trace is what the documented command
 * writes. Those tests carry the tag {@link #TAG}; every other test reads {@link Fixtures}.
 *
 * <p>The system property {@value #PROPERTY} points them at another copy of the project:
 * {@code AnalystChangeTest} runs them on a copy with a new requirement to show that an analyst's
 * change cannot break them.
 */
public final class TeamProject {
    /** The tag of the tests that read the shipped team project. */
    public static final String TAG = "team-project";
    /** The system property naming the team project's directory; the repository root when unset. */
    public static final String PROPERTY = "stage7.teamProject";

    private TeamProject() {
    }

    public static Path root() {
        return Path.of(System.getProperty(PROPERTY, "."));
    }

    public static Path rules() {
        return root().resolve("rules").normalize();
    }

    public static Path scenarios() {
        return root().resolve("scenarios").normalize();
    }

    public static Path data() {
        return root().resolve("data").normalize();
    }
}
