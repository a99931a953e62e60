/**
 * The embedding API, one entry point per half of Stage7. {@link io.stage7.Rules} loads, checks
 * and compiles a rules directory once (problems come back as diagnostics, not exceptions), builds
 * records, evaluates them to decisions from any number of threads, explains them, reads data files
 * and runs the rules' tests. {@link io.stage7.Simulator} reads a scenario, loads its rules once
 * (through the scenario reader's check), checks its trace, builds the desk model and runs it: one
 * replication, n replications, a what-if comparison, the staffing search or a generated trace,
 * each output written atomically.
 * <p>Depends on every library package below it; nothing depends on it but the CLI.
 * <p>May import: every package but {@code cli}. (Read by the architecture test.)
 */
package io.stage7;
