package io.stage7.testing;

import java.nio.file.Path;

/**
 * The toolkit's own copy of a team project, frozen for its tests: rules, sample data and
 * scenarios under {@code src/test/resources/team}, copied from {@code rules/}, {@code data/} and
 * {@code scenarios/} once. The toolkit's tests read these, never the shipped files, so an analyst's
 * change to {@code rules/} (or a planner's to {@code scenarios/}) cannot break {@code mvn -B verify};
 * only {@code stage7 test rules/} judges the shipped rules. Change the copy only when a test needs
 * it to, never to follow {@code rules/}. {@link TeamProject} is the way to the shipped files, for
 * the few tests that are about them.
 */
public final class Fixtures {
    /** The copy of the team project. */
    public static final Path ROOT = Path.of("src/test/resources/team");
    /** Its rules: the Opportunity object, requirements, routing, policy and their tests. */
    public static final Path RULES = ROOT.resolve("rules");
    /** Its sample opportunities and cases, which exercise every requirement and routing entry of {@link #RULES}. */
    public static final Path SAMPLE = ROOT.resolve("data/opportunities.jsonl");
    /** Its handbook scenario (fiscal Q1 2026, three regions) on {@link #RULES}. */
    public static final Path DEFAULT_SCENARIO = ROOT.resolve("scenarios/default.yaml");
    /** Its quarter-end surge. */
    public static final Path EOQ_SURGE = ROOT.resolve("scenarios/eoq-surge.yaml");
    /** Its trace replay; the trace it names is not copied, so tests point it at one of their own. */
    public static final Path TRACE_REPLAY = ROOT.resolve("scenarios/trace-replay.yaml");

    private Fixtures() {
    }
}
