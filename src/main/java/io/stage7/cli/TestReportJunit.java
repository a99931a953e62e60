package io.stage7.cli;

import io.stage7.ruletest.TestFailure;
import io.stage7.ruletest.TestReport;
import io.stage7.ruletest.TestResult;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --format junit} form of a test run: the JUnit XML report that CI servers read
 * (Jenkins, GitLab, GitHub Actions' reporters, Azure Pipelines). One {@code testsuite} per rules
 * file, one {@code testcase} per test with its {@code file} and {@code line}, and a
 * {@code failure} per failed test holding each failed expectation as {@code stage7 test} prints
 * it. Times are left out, so the same rules give a byte-identical report.
 */
final class TestReportJunit {

    private TestReportJunit() {
    }

    static String render(TestReport report) {
        Map<String, List<TestResult>> byFile = new LinkedHashMap<>();
        for (TestResult result : report.results()) {
            byFile.computeIfAbsent(result.test().span().path(), f -> new ArrayList<>()).add(result);
        }
        StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        xml.append("<testsuites name=\"stage7 test\"").append(counts(report.results())).append(">\n");
        for (Map.Entry<String, List<TestResult>> file : byFile.entrySet()) {
            xml.append("  <testsuite name=\"").append(escape(file.getKey())).append('"')
                    .append(counts(file.getValue())).append(" file=\"").append(escape(file.getKey())).append("\">\n");
            for (TestResult result : file.getValue()) {
                testcase(xml, file.getKey(), result);
            }
            xml.append("  </testsuite>\n");
        }
        return xml.append("</testsuites>\n").toString();
    }

    private static void testcase(StringBuilder xml, String file, TestResult result) {
        xml.append("    <testcase name=\"").append(escape(result.test().title())).append("\" classname=\"")
                .append(escape(className(file))).append("\" file=\"").append(escape(file)).append("\" line=\"")
                .append(result.test().span().line()).append('"');
        if (result.passed()) {
            xml.append("/>\n");
            return;
        }
        TestFailure first = result.failures().get(0);
        String message = first.span().location() + ": " + first.what()
                + (result.failures().size() > 1 ? " (and " + (result.failures().size() - 1) + " more)" : "");
        StringBuilder text = new StringBuilder();
        for (TestFailure failure : result.failures()) {
            text.append(failure.span().location()).append(": ").append(failure.what()).append('\n');
            for (TestFailure.Detail detail : failure.details()) {
                text.append("  ").append(detail.label()).append(": ").append(detail.text()).append('\n');
            }
        }
        xml.append(">\n      <failure message=\"").append(escape(message)).append("\" type=\"expectation\">")
                .append(escape(text.toString(), false)).append("</failure>\n    </testcase>\n");
    }

    private static String counts(List<TestResult> results) {
        long failed = results.stream().filter(r -> !r.passed()).count();
        return " tests=\"" + results.size() + "\" failures=\"" + failed + "\" errors=\"0\" skipped=\"0\"";
    }

    /** {@code rules/tests/routing_test.rules} as {@code rules.tests.routing_test}: CI servers group by class name. */
    private static String className(String file) {
        String name = file.endsWith(".rules") ? file.substring(0, file.length() - ".rules".length()) : file;
        return name.replace('\\', '.').replace('/', '.');
    }

    /** An attribute value, escaped (line breaks too, which attributes would otherwise lose). */
    private static String escape(String text) {
        return escape(text, true);
    }

    /** Text or an attribute value, escaped; characters XML 1.0 cannot hold become U+FFFD. */
    private static String escape(String text, boolean attribute) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\n' -> out.append(attribute ? "&#10;" : "\n");
                case '\t' -> out.append(attribute ? "&#9;" : "\t");
                case '\r' -> out.append("&#13;");
                default -> {
                    boolean allowed = c >= 0x20 && c != 0xFFFE && c != 0xFFFF && (c < 0xD800 || c > 0xDFFF);
                    out.appendCodePoint(allowed ? c : 0xFFFD);
                }
            }
        });
        return out.toString();
    }
}
