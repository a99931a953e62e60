package io.stage7.fuzz;

import io.stage7.check.Checker;
import io.stage7.diag.Diagnostic;
import io.stage7.syntax.LoadResult;
import io.stage7.syntax.RulesLoader;

import java.util.ArrayList;
import java.util.List;

/** The checking pipeline the fuzz test drives: the front end, then every later phase that applies. */
final class Pipeline {
    private Pipeline() {
    }

    static LoadResult check(String path, byte[] bytes) {
        LoadResult load = RulesLoader.parse(path, bytes);
        if (load.hasErrors()) {
            return load;
        }
        List<Diagnostic> diagnostics = new ArrayList<>(load.diagnostics());
        diagnostics.addAll(Checker.check(load.program()).diagnostics());
        diagnostics.sort(Diagnostic.ORDER);
        return new LoadResult(load.program(), load.sources(), diagnostics, load.filesRead());
    }
}
