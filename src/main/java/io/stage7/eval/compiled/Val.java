package io.stage7.eval.compiled;

import io.stage7.eval.EvalContext;
import io.stage7.eval.DataRecord;

/**
 * A compiled expression of a non-Checkbox type, evaluating to the function library's runtime
 * representation of that type ({@code BigDecimal}, {@code String}, {@code LocalDate}, ...);
 * {@code null} is blank. The compiler picks the node by the expression's static type, so the type
 * argument is what the value always is. Nodes are immutable.
 */
interface Val<T> {

    T eval(DataRecord record, EvalContext context);
}
