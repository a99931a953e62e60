package io.stage7.sfdx;

import io.stage7.diag.SourceSpan;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** What export takes as a requirement's formula from its rules text. */
class FormulaSourceTest {

    /** Rules text and expected formula use '|' for line breaks; the condition is the text between « and ». */
    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "  error when «A && B»|  message 'm';A && B",
            "  error when /* why */ «A»|  message 'm';/* why */ A",
            "  error when «A» // note|  message 'm';A /* note */",
            "  error when«A»  /* a */ /* b */|;A  /* a */ /* b */",
            "  error when|    «AND(|      A,|      B|    )»|  message 'm';AND(|  A,|  B|)",
            "  error when «A|          && B»|;A|          && B",
            "  error when|    /* leading */|    «A»|;/* leading */|A",
            "  error when «REGEX(X, \"a//b\") && Y» // it is */ odd|;REGEX(X, \"a//b\") && Y /* it is * / odd */",
    })
    void takesTheFormulaWithItsCommentsAndWithoutTheRulesIndentation(String rules, String formula) {
        String text = rules.replace('|', '\n').replace('\'', '"');
        int start = text.indexOf('«');
        int end = text.indexOf('»') - 1;
        String plain = text.replace("«", "").replace("»", "");
        SourceSpan span = new SourceSpan("t.rules", 1, 1, 1, 1, start, end);
        assertEquals(formula.replace('|', '\n'), FormulaSource.of(plain, span));
    }
}
