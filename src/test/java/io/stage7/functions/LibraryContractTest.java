package io.stage7.functions;

import org.junit.jupiter.api.Test;

import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the table cannot express: the error type's shape and the precompiled REGEX path. */
class LibraryContractTest {

    @Test
    void formulaErrorCarriesSalesforceMessageAndNoStackTrace() {
        FormulaError error = assertThrows(FormulaError.class,
                () -> MathFunctions.divide(java.math.BigDecimal.ONE, java.math.BigDecimal.ZERO));
        assertEquals("#Error! Division by zero", error.getMessage());
        assertEquals("Division by zero", error.detail());
        assertEquals(0, error.getStackTrace().length);
    }

    @Test
    void precompiledRegexMatchesTheWholeTextLikeTheTextForm() {
        Pattern ssn = TextFunctions.compileRegex("\\d{3}-\\d{2}-\\d{4}");
        assertTrue(TextFunctions.regex("123-45-6789", ssn));
        assertFalse(TextFunctions.regex("123-45-6789x", ssn));
        assertFalse(TextFunctions.regex(null, ssn));
    }

    @Test
    void invalidPatternIsAFormulaErrorWhenCompiled() {
        FormulaError error = assertThrows(FormulaError.class, () -> TextFunctions.compileRegex("(a"));
        assertTrue(error.getMessage().startsWith("#Error! Invalid regular expression: "), error.getMessage());
    }
}
