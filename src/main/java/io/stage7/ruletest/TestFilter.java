package io.stage7.ruletest;

import io.stage7.check.RuleTest;

import java.util.List;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * Which tests to run, by title ({@code stage7 test --filter}). A pattern with {@code *} (any run
 * of characters) or {@code ?} (one character) is a glob that must match the whole title; any
 * other pattern matches a title that contains it. Both ignore case. A test runs when any of the
 * patterns matches it; with no pattern, every test runs.
 */
public final class TestFilter implements Predicate<RuleTest> {
    private final List<Pattern> patterns;

    private TestFilter(List<Pattern> patterns) {
        this.patterns = List.copyOf(patterns);
    }

    /** The filter of these patterns; every test passes an empty list. */
    public static TestFilter of(List<String> patterns) {
        return new TestFilter(patterns.stream().map(TestFilter::compile).toList());
    }

    @Override
    public boolean test(RuleTest test) {
        return matches(test.title());
    }

    /** Whether a test with this title runs. */
    public boolean matches(String title) {
        return patterns.isEmpty() || patterns.stream().anyMatch(p -> p.matcher(title).matches());
    }

    private static Pattern compile(String pattern) {
        boolean glob = pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
        StringBuilder regex = new StringBuilder(glob ? "" : ".*");
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (glob && c == '*') {
                regex.append(".*");
            } else if (glob && c == '?') {
                regex.append('.');
            } else {
                regex.append(Pattern.quote(String.valueOf(c)));
            }
        }
        regex.append(glob ? "" : ".*");
        return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
    }
}
