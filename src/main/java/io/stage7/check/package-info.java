/**
 * The checker: resolves names, checks types and policy declarations, and turns a parsed
 * {@link io.stage7.ast.Program} into {@link io.stage7.check.CheckedRules}, the typed and
 * resolved program the evaluator compiles, plus every problem found as a sorted list of
 * {@link io.stage7.diag.Diagnostic}s. Entry point: {@link io.stage7.check.Checker#check}; and
 * {@link io.stage7.check.RulesCheck}, the one path by which every command and the entry points
 * read rules files: the front end, then the checker, then {@link io.stage7.check.MissingIncludes},
 * which folds the cascade of a file checked without its includes into one error.
 *
 * <p>Depends on {@code io.stage7.syntax} (only {@code RulesCheck}, to run the front end first),
 * {@code io.stage7.ast}, {@code io.stage7.diag}, {@code io.stage7.calendar} (the
 * calendars, holiday-file format and period ends it builds) and {@code io.stage7.functions} (to
 * convert literal arguments exactly as the evaluator will). Nothing here throws for bad
 * input: every problem becomes a located diagnostic.
 * <p>May import: {@code ast}, {@code calendar}, {@code diag}, {@code functions}, {@code syntax}. (Read by the architecture test.)
 */
package io.stage7.check;
