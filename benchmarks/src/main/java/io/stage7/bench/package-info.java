/**
 * JMH benchmarks of Stage7: the team rules (compiled, reference interpreter and a hand-written
 * Java baseline), the peer rule sets of issue #11 (date-, text- and routing-heavy and mixed rules
 * written independently of the team's, each with its hand-written twin), scaling with generated
 * rule files, compile time, multi-threaded throughput, the simulation kernel, one replication of
 * the default scenario, and {@code stage7 eval} end to end on a generated large export. Depends on
 * the main artifact's public API only; {@code benchmarks/suite} runs them and docs/benchmarks.md
 * reports the numbers.
 */
package io.stage7.bench;
