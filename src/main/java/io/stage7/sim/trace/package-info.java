/**
 * Trace files replayed by the simulator, streamed rather than held: {@link
 * io.stage7.sim.trace.TraceFile} checks a file once (every row, with located problems), writing
 * the records to replay to a temporary binary file in submission order (sorted on disk when the
 * trace is not), and is then the {@link io.stage7.sim.model.TraceSource} that every replication
 * reads, one record at a time. Depends on
 * {@code records} (the streaming row reader), {@code sim.model} (the source contract), {@code eval}
 * and {@code diag}.
 * <p>May import: {@code check}, {@code diag}, {@code eval}, {@code records}, {@code sim.model}. (Read by the architecture test.)
 */
package io.stage7.sim.trace;
