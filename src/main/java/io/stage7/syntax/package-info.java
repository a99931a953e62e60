/**
 * The front end: reading rules files (UTF-8, size-limited), lexing, guarding against nesting that
 * would exhaust a recursive parser, parsing with the ANTLR-generated parser in
 * {@code io.stage7.syntax.internal}, and building the AST. Nothing ANTLR leaves this package.
 * Depends on {@code io.stage7.ast} and {@code io.stage7.diag}.
 * <p>May import: {@code ast}, {@code diag}, {@code syntax.internal} (the generated parser). (Read by the architecture test.)
 */
package io.stage7.syntax;
