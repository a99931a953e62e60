/**
 * Scenarios: a planner's what-if as immutable records, and (in this package) the YAML reader
 * that validates a scenario file and reports every mistake with its YAML path and line.
 * Depends on {@code sim.random} (distributions), {@code calendar} (period kinds) and, for
 * validation against the rules, {@code check}.
 */
package io.stage7.scenario;
