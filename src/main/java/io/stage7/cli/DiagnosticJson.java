package io.stage7.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.stage7.diag.Diagnostic;
import io.stage7.diag.DiagnosticSummary;

import java.util.List;

/** The {@code --format json} form of diagnostics, for editors and CI. */
final class DiagnosticJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private DiagnosticJson() {
    }

    static String render(DiagnosticSummary summary, List<Diagnostic> diagnostics) {
        ObjectNode root = MAPPER.createObjectNode();
        root.put("files", summary.files());
        root.put("errors", summary.errors());
        root.put("warnings", summary.warnings());
        ArrayNode items = root.putArray("diagnostics");
        for (Diagnostic d : diagnostics) {
            ObjectNode item = items.addObject();
            item.put("path", d.span().path());
            item.put("line", d.span().line());
            item.put("column", d.span().column());
            item.put("endLine", d.span().endLine());
            item.put("endColumn", d.span().endColumn());
            item.put("severity", d.severity().label());
            item.put("code", d.code());
            item.put("message", d.message());
        }
        try {
            return MAPPER.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("a tree of plain nodes always serializes", e);
        }
    }
}
