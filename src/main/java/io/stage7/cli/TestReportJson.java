package io.stage7.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stage7.diag.SourceSpan;
import io.stage7.ruletest.TestFailure;
import io.stage7.ruletest.TestReport;
import io.stage7.ruletest.TestResult;

/**
 * The {@code --format json} form of a test run: the counts, then every test that ran with where
 * it is, whether it passed, and each failed expectation with its lines ({@code missing},
 * {@code unexpected}, {@code expected}, {@code actual}, ...) as keys.
 */
final class TestReportJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private TestReportJson() {
    }

    static String render(TestReport report) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("tests", report.results().size());
        root.put("passed", report.passed());
        root.put("failed", report.failed());
        ArrayNode tests = root.putArray("results");
        for (TestResult result : report.results()) {
            ObjectNode test = tests.addObject();
            test.put("title", result.test().title());
            location(test, result.test().span());
            test.put("passed", result.passed());
            ArrayNode failures = test.putArray("failures");
            for (TestFailure failure : result.failures()) {
                ObjectNode item = failures.addObject();
                item.put("expectation", failure.what());
                location(item, failure.span());
                for (TestFailure.Detail detail : failure.details()) {
                    item.put(detail.label(), detail.text());
                }
            }
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serializes", e);
        }
    }

    private static void location(ObjectNode node, SourceSpan span) {
        node.put("path", span.path());
        node.put("line", span.line());
        node.put("column", span.column());
    }
}
