/**
 * Scenarios: a planner's what-if as immutable records, and the YAML reader that validates a
 * scenario file and reports every mistake with its file, line, column and YAML path.
 *
 * <p>The public surface is the records ({@link io.stage7.scenario.Scenario} and its parts), the
 * entry point {@link io.stage7.scenario.ScenarioReader} and what it returns
 * ({@link io.stage7.scenario.ScenarioResult}, {@link io.stage7.scenario.ScenarioProblem}). The
 * reader is a pipeline of package-private phases: {@code YamlTreeReader} (bytes to a located
 * YAML tree, via Jackson's streaming parser), then {@code ScenarioBinder} with
 * {@code LoadReader}, {@code FieldSpecReader} and {@code DistributionReader} (tree to records,
 * checked against the rules). The format is documented in {@code docs/simulation.md}.
 *
 * <p>Depends on {@code sim.random} (distributions), {@code calendar} (period kinds),
 * {@code syntax} and {@code check} (the rules a scenario names) and {@code diag}.
 * <p>May import: {@code ast}, {@code calendar}, {@code check}, {@code diag}, {@code records}, {@code sim.random}. (Read by the architecture test.)
 */
package io.stage7.scenario;
