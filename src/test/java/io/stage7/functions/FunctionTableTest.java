package io.stage7.functions;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every function's Salesforce semantics, pinned by the table in {@code functions/cases.txt}.
 * A line names a public static method by its name in upper case ({@code ADDMONTHS} is
 * {@link DateFunctions#addMonths}); overloads are chosen by the literal types, most specific
 * first, as Java would.
 */
class FunctionTableTest {

    private static final Path TABLE = Path.of("src/test/resources/functions/cases.txt");
    private static final List<Class<?>> LIBRARY = List.of(MathFunctions.class, TextFunctions.class,
            Conversions.class, DateFunctions.class, LogicalFunctions.class, PicklistFunctions.class,
            RecordChangeFunctions.class);
    private static final Map<String, List<Method>> METHODS = index();

    @TestFactory
    Stream<DynamicTest> behavesAsSalesforceDocuments() throws IOException {
        return cases().stream().map(c -> DynamicTest.dynamicTest(
                "line " + c.line() + ": " + c.source(), () -> check(c)));
    }

    @Test
    void everyPublicFunctionHasACase() throws IOException {
        Set<String> covered = new TreeSet<>();
        cases().forEach(c -> covered.add(c.function().toUpperCase(Locale.ROOT)));
        Set<String> missing = new TreeSet<>(METHODS.keySet());
        missing.removeAll(covered);
        // helpers, exercised through REGEX, every text case and LENOFTRIM; the date steps on epoch
        // days and milliseconds through ADDDAYS, SUBTRACTDAYS and DATEVALUE, the count of months
        // through ADDMONTHS (and the compiled evaluator's DateArithmeticTest)
        missing.removeAll(Set.of("COMPILEREGEX", "BLANKTONULL", "TRIMMEDLENGTH", "ADDMILLIS", "DATEVALUEEPOCHDAY",
                "DAYCOUNT", "DAYMILLIS", "MONTHCOUNT"));
        assertEquals(Set.of(), missing, "functions without a case in " + TABLE);
    }

    @Test
    void tableHasTwoHundredCases() throws IOException {
        assertTrue(cases().size() >= 200, "only " + cases().size() + " cases");
    }

    private static List<FunctionCase> cases() throws IOException {
        List<String> lines = Files.readAllLines(TABLE);
        List<FunctionCase> cases = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty() && !line.startsWith("#")) {
                cases.add(FunctionCase.parse(i + 1, line));
            }
        }
        return cases;
    }

    private static void check(FunctionCase c) throws Exception {
        Method method = resolve(c);
        Object[] arguments = arguments(method, c.arguments());
        Object actual;
        try {
            actual = method.invoke(null, arguments);
        } catch (InvocationTargetException e) {
            if (c.error() != null && e.getCause() instanceof FormulaError error) {
                assertEquals(c.error(), error.getMessage());
                return;
            }
            throw new AssertionError("unexpected " + e.getCause(), e.getCause());
        }
        if (c.error() != null) {
            fail("expected " + c.error() + " but got " + describe(actual));
        }
        if ("".equals(actual)) {
            fail("returned \"\": blank text must be null"); // the library's one-blank invariant
        }
        Object expected = c.expected().value();
        if (expected == null) {
            assertNull(actual, () -> "expected blank but got " + describe(actual));
        } else if (expected instanceof BigDecimal number && actual instanceof BigDecimal result) {
            assertTrue(number.compareTo(result) == 0,
                    () -> "expected " + MathFunctions.describe(number) + " but got " + MathFunctions.describe(result));
        } else {
            assertEquals(expected, actual);
        }
    }

    private static Method resolve(FunctionCase c) {
        List<Method> named = METHODS.get(c.function().toUpperCase(Locale.ROOT));
        if (named == null) {
            throw new IllegalArgumentException("line " + c.line() + ": no function " + c.function());
        }
        List<Method> applicable = new ArrayList<>();
        for (Method m : named) {
            if (applicable(m, c.arguments())) {
                applicable.add(m);
            }
        }
        List<Method> mostSpecific = new ArrayList<>();
        for (Method m : applicable) {
            if (applicable.stream().allMatch(other -> other == m || moreSpecific(m, other))) {
                mostSpecific.add(m);
            }
        }
        if (applicable.isEmpty()) {
            throw new IllegalArgumentException("line " + c.line() + ": no overload of " + c.function()
                    + " takes these arguments: " + named);
        }
        if (mostSpecific.size() != 1) {
            throw new IllegalArgumentException("line " + c.line() + ": ambiguous call of " + c.function()
                    + ", candidates " + applicable + "; type the blanks (null:Date, ...)");
        }
        return mostSpecific.get(0);
    }

    private static boolean applicable(Method m, List<FunctionCase.Literal> arguments) {
        Class<?>[] types = m.getParameterTypes();
        if (m.isVarArgs()) {
            if (arguments.size() < types.length - 1) {
                return false;
            }
        } else if (arguments.size() != types.length) {
            return false;
        }
        for (int i = 0; i < arguments.size(); i++) {
            Class<?> type = m.isVarArgs() && i >= types.length - 1
                    ? types[types.length - 1].getComponentType() : types[i];
            if (!accepts(type, arguments.get(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean accepts(Class<?> type, FunctionCase.Literal literal) {
        if (literal.isUntypedBlank()) {
            return !type.isPrimitive();
        }
        Class<?> actual = literal.value() != null ? literal.value().getClass() : literal.blankType();
        Class<?> wanted = type == boolean.class ? Boolean.class : type; // reflection unboxes a Boolean argument
        return wanted.isAssignableFrom(actual);
    }

    private static boolean moreSpecific(Method a, Method b) {
        Class<?>[] x = a.getParameterTypes();
        Class<?>[] y = b.getParameterTypes();
        if (x.length != y.length) {
            return x.length > y.length; // a fixed-arity overload beats the varargs one
        }
        for (int i = 0; i < x.length; i++) {
            if (!y[i].isAssignableFrom(x[i])) {
                return false;
            }
        }
        return true;
    }

    private static Object[] arguments(Method m, List<FunctionCase.Literal> literals) {
        Object[] values = literals.stream().map(FunctionCase.Literal::value).toArray();
        if (!m.isVarArgs()) {
            return values;
        }
        int fixed = m.getParameterCount() - 1;
        Object[] packed = Arrays.copyOf(values, fixed + 1);
        Class<?> component = m.getParameterTypes()[fixed].getComponentType();
        Object rest = java.lang.reflect.Array.newInstance(component, values.length - fixed);
        for (int i = fixed; i < values.length; i++) {
            java.lang.reflect.Array.set(rest, i - fixed, values[i]);
        }
        packed[fixed] = rest;
        return packed;
    }

    private static Map<String, List<Method>> index() {
        Map<String, List<Method>> index = new HashMap<>();
        for (Class<?> type : LIBRARY) {
            for (Method m : type.getDeclaredMethods()) {
                if (Modifier.isPublic(m.getModifiers()) && Modifier.isStatic(m.getModifiers())) {
                    index.computeIfAbsent(m.getName().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(m);
                }
            }
        }
        return index;
    }

    private static String describe(Object value) {
        if (value instanceof BigDecimal number) {
            return MathFunctions.describe(number); // 1E-999999999 would be a billion characters in plain form
        }
        if (value instanceof String text) {
            return '"' + text + '"';
        }
        return String.valueOf(value);
    }
}
