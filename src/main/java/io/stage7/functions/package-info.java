/**
 * Salesforce's formula function library as pure static Java: the operators and functions that
 * both the reference interpreter and the compiled evaluator call. Every method is stateless,
 * thread-safe and allocation-light; none reads a clock, a locale or a default time zone.
 * Depends on nothing else in Stage7.
 *
 * <h2>Runtime values</h2>
 * <table>
 *   <caption>Formula type to Java type</caption>
 *   <tr><th>formula type</th><th>Java</th><th>notes</th></tr>
 *   <tr><td>Number, Currency, Percent</td><td>{@link java.math.BigDecimal}</td>
 *       <td>Decimal arithmetic, so {@code 0.1 + 0.2 = 0.3}. Values are compared with
 *       {@code compareTo}: the scale is not part of the value ({@code 2.50 = 2.5}).
 *       <b>Percent is stored as the fraction</b>, as Salesforce formulas see it: a Percent
 *       field showing 15% evaluates to {@code 0.15}, and {@code TEXT} of 30% is
 *       {@code "0.3"} (Salesforce: "Percent data is stored as a decimal divided by 100").
 *       Data files hold percent units, as Salesforce's API writes them: the record loader
 *       reads {@code 15} (or {@code 15%}) as {@code 0.15}.</td></tr>
 *   <tr><td>Text, Picklist</td><td>{@link java.lang.String}</td>
 *       <td>Salesforce treats {@code ""} as blank. Functions accept both {@code null} and
 *       {@code ""} as blank text and <b>never return {@code ""}</b>: a blank text result is
 *       always {@code null}, so there is one blank to test for.</td></tr>
 *   <tr><td>Checkbox</td><td>{@code boolean} / {@link java.lang.Boolean}</td>
 *       <td>A Checkbox field is never blank. A logical <em>expression</em> can be blank
 *       ({@code Amount > 5} with a blank Amount), so operators return {@code Boolean} and
 *       {@code null} is the blank truth value; see {@link io.stage7.functions.LogicalFunctions}.
 *       Functions that can never be blank return {@code boolean}.</td></tr>
 *   <tr><td>Date</td><td>{@link java.time.LocalDate}</td><td></td></tr>
 *   <tr><td>DateTime</td><td>{@link java.time.Instant}</td>
 *       <td>A moment, stored as GMT like Salesforce. Millisecond precision is kept
 *       (Salesforce stores seconds; the record loader may truncate).</td></tr>
 *   <tr><td>Time</td><td>{@link java.time.LocalTime}</td><td>Millisecond precision, no zone.</td></tr>
 *   <tr><td>MultiPicklist</td><td>{@link java.util.SortedSet}{@code <String>}</td>
 *       <td>Unmodifiable and sorted (so equal selections are equal sets and print the same);
 *       built with {@link io.stage7.functions.PicklistFunctions#multiPicklist(String)}; a record
 *       holds a {@link io.stage7.functions.PicklistSelection} (bits over the field's declared
 *       values) when every selected value is declared.
 *       Blank is {@code null}; an empty set is also treated as blank.</td></tr>
 * </table>
 *
 * <h2>Blanks</h2>
 * Blank is Java {@code null}. Stage7 follows Salesforce's "treat blank fields as blanks": a
 * function or operator given a blank argument returns blank, unless its Javadoc says otherwise.
 * The documented exceptions are {@code ISBLANK}, {@code ISNULL}, {@code BLANKVALUE},
 * {@code NULLVALUE}, {@code &} (blank text is {@code ""}), {@code LEN} (0), {@code FIND} (0),
 * {@code CONTAINS}, {@code BEGINS} (blank compare text matches), {@code ISNUMBER} (FALSE),
 * {@code REGEX} (blank text is matched as {@code ""}), {@code ISPICKVAL} and {@code INCLUDES},
 * text equality (blank text equals {@code ""}) and the three-valued {@code AND}/{@code OR}.
 *
 * <h2>Errors</h2>
 * Runtime errors throw {@link io.stage7.functions.FormulaError} with a Salesforce-style message
 * ({@code "#Error! Division by zero"}); nothing else is thrown for any argument values, and every
 * call ends quickly with bounded memory. The limits that make that so are Salesforce's where it
 * has one: computed numbers have at most {@link io.stage7.functions.MathFunctions#MAX_INTEGER_DIGITS
 * 18 digits} before the point, text results at most
 * {@link io.stage7.functions.TextFunctions#MAX_TEXT_LENGTH 131,072 characters}, computed dates lie in
 * {@link io.stage7.functions.DateFunctions#MIN_DATE 1700} to
 * {@link io.stage7.functions.DateFunctions#MAX_DATE 4000}, and {@code REGEX} reads its text at most
 * {@link io.stage7.functions.TextFunctions#MAX_REGEX_STEPS a million times}. Huge or tiny arguments
 * ({@code 1E+999999999} days, {@code ROUND(x, -1E30)}) are judged by their exponent, never expanded.
 *
 * <h2>Precision</h2>
 * Arithmetic is exact up to 34 significant digits ({@link java.math.MathContext#DECIMAL128})
 * and rounds half-even beyond; Salesforce numbers have at most 18 digits, so every realistic
 * sum, difference and product is exact and quotients carry 34 digits ({@code 1/3} is
 * {@code 0.3333333333333333333333333333333333}). {@code EXP}, {@code LN}, {@code LOG} and
 * non-integer powers are computed in binary double precision (about 16 significant digits).
 * <p>May import: nothing of Stage7. (Read by the architecture test.)
 */
package io.stage7.functions;
