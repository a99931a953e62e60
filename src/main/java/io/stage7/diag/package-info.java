/**
 * Diagnostics: source spans, problems found in user input, and their rendering as
 * {@code path:line:col: error: message} with the source line and a caret. Every phase reports
 * here; none throws for bad input. Depends on nothing else in Stage7.
 * <p>May import: nothing of Stage7. (Read by the architecture test.)
 */
package io.stage7.diag;
