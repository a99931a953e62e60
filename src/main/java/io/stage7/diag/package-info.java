/**
 * Diagnostics: source spans, problems found in user input, and their rendering as
 * {@code path:line:col: error: message} with the source line and a caret. Every phase reports
 * here; none throws for bad input. Depends on nothing else in Stage7.
 */
package io.stage7.diag;
