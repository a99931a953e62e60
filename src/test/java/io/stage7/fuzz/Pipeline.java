package io.stage7.fuzz;

import io.stage7.syntax.LoadResult;
import io.stage7.syntax.RulesLoader;

/** The checking pipeline the fuzz test drives: the front end, then every later phase that applies. */
final class Pipeline {
    private Pipeline() {
    }

    static LoadResult check(String path, byte[] bytes) {
        return RulesLoader.parse(path, bytes);
    }
}
