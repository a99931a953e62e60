/**
 * The abstract syntax tree of the rules language: immutable records, each carrying its source
 * span. Built from the parse tree by {@code io.stage7.syntax}; nothing here knows ANTLR.
 * Depends only on {@code io.stage7.diag}.
 * <p>May import: {@code diag}. (Read by the architecture test.)
 */
package io.stage7.ast;
