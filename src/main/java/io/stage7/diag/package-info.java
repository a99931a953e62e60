/**
 * Diagnostics: source spans, problems found in user input, and their rendering as
 * {@code path:line:col: error: message} with the source line and a caret; and the guards every
 * reader of user files shares: {@code InputFiles} (regular files only, read within a byte limit)
 * and {@code Limit} (a documented limit and the property that raises it). Every phase reports
 * here; none throws for bad input. Depends on nothing else in Stage7.
 * <p>May import: nothing of Stage7. (Read by the architecture test.)
 */
package io.stage7.diag;
