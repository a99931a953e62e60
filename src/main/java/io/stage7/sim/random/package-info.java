/**
 * Seeded random streams and the distributions a scenario names.
 *
 * <p>{@link io.stage7.sim.random.RandomStreams} belongs to one replication of one scenario run and
 * hands out one {@link io.stage7.sim.random.RandomStream} per source of randomness, by name
 * ({@code "arrivals/EMEA"}, {@code "review/complex"}). Each stream's state is derived from
 * (seed, replication, name) alone, so results do not depend on the order streams are asked
 * for, on what other streams exist, or on how many threads run replications; and two staffing
 * plans run with the same seed see the same arrivals and service samples (common random
 * numbers). {@link io.stage7.sim.random.RandomStream#split} gives an entity (an opportunity) its
 * own stream, so that its draws stay with it when the order of events changes.
 *
 * <p>{@link io.stage7.sim.random.Distribution} is the closed set of real-valued distributions;
 * {@link io.stage7.sim.random.Bernoulli} and {@link io.stage7.sim.random.Categorical} sample
 * checkboxes and picklist values. {@link io.stage7.sim.random.Distributions} builds them from
 * user-supplied parameters and reports bad parameters as
 * {@link io.stage7.sim.random.ParameterProblem}s instead of throwing. Every sampler is written
 * here rather than taken from {@code java.util.random}'s default methods, so a seed gives the
 * same samples on every JDK.
 *
 * <p>Depends on {@code io.stage7.sim.stats} (the normal quantile function) and nothing else in
 * Stage7.
 * <p>May import: {@code sim.stats}. (Read by the architecture test.)
 */
package io.stage7.sim.random;
