/**
 * JMH benchmarks of Stage7: the team rules (compiled, reference interpreter and a hand-written
 * Java baseline), scaling with generated rule files, compile time, multi-threaded throughput,
 * the simulation kernel, one replication of the default scenario, and {@code stage7 eval} end to end
 * on a generated large export. Depends on the main
 * artifact's public API only; {@code benchmarks/suite} runs them and docs/benchmarks.md reports
 * the numbers.
 */
package io.stage7.bench;
