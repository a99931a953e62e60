package io.stage7.check;

import io.stage7.ast.Decl;
import io.stage7.ast.Program;
import io.stage7.ast.RulesFile;
import io.stage7.diag.Diagnostic;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Turns the cascade of "unknown" errors of a file checked without the files it needs into one
 * error naming the {@code include}s to add. A test file checked alone
 * ({@code stage7 test rules/tests/routing_test.rules}) knows nothing of the object, requirements
 * and routing sets declared beside it, so every test reports several unknown names; that is
 * one mistake, a missing include, and deserves one message.
 *
 * <p>The files that could help are the rules files near the ones named (see
 * {@code RulesLoader.nearby}). A nearby file is taken when adding it to the program removes
 * more errors from the loaded files than it reveals there; the best one first, a file without
 * tests before one with tests, until none helps. The errors the taken files remove are replaced,
 * per file, by a {@code missing-include} error at the first of them; every other problem is
 * reported as before.
 */
public final class MissingIncludes {

    private MissingIncludes() {
    }

    /**
     * The diagnostics of {@code program} with the cascade of a missing include folded into one
     * error per file; unchanged when no error is about an unknown name or no nearby file helps.
     *
     * @param diagnostics what checking {@code program} reported
     * @param nearby      the programs of the rules files near the loaded ones, read only when needed
     */
    public static List<Diagnostic> advise(Program program, List<Diagnostic> diagnostics,
                                          Supplier<List<Program>> nearby) {
        if (diagnostics.stream().noneMatch(d -> d.isError() && d.code().startsWith("unknown-"))) {
            return diagnostics;
        }
        Set<String> own = program.files().stream().map(RulesFile::path).collect(Collectors.toSet());
        Set<Path> ownFiles = program.files().stream().map(f -> absolute(f.path())).collect(Collectors.toSet());
        List<Program> candidates = new ArrayList<>();
        for (Program candidate : nearby.get()) {
            if (!candidate.files().isEmpty() && candidate.files().stream().noneMatch(f -> ownFiles.contains(absolute(f.path())))) {
                candidates.add(candidate);
            }
        }
        // The errors of the loaded files and of the files taken so far: a file taken must not
        // leave errors of its own that another nearby file would fix, so those count too.
        Set<String> scope = new HashSet<>(own);
        Set<String> errors = keys(diagnostics, scope);
        List<Program> taken = new ArrayList<>();
        List<Diagnostic> after = diagnostics;
        while (true) {
            // Including a file of tests would run its tests too: such a file only when no other helps.
            List<Program> withoutTests = candidates.stream().filter(c -> !holdsTests(c)).toList();
            Program best = best(program, taken, withoutTests, scope, errors);
            if (best == null) {
                best = best(program, taken, candidates, scope, errors);
            }
            if (best == null) {
                break;
            }
            taken.add(best);
            best.files().forEach(f -> scope.add(f.path()));
            after = Checker.check(merge(program, taken)).diagnostics();
            errors = keys(after, scope);
        }
        return taken.isEmpty() ? diagnostics : fold(diagnostics, own, after, taken);
    }

    /**
     * The diagnostics with the errors that the taken files remove replaced by one error per file,
     * and the errors of the loaded files that show only once those files are there (what the
     * user would see next) added.
     */
    private static List<Diagnostic> fold(List<Diagnostic> diagnostics, Set<String> own, List<Diagnostic> after,
                                         List<Program> taken) {
        Set<String> left = keys(after, own);
        Set<String> before = keys(diagnostics, own);
        Map<String, List<Diagnostic>> resolved = new LinkedHashMap<>();
        List<Diagnostic> out = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError() && own.contains(diagnostic.span().path()) && !left.contains(key(diagnostic))) {
                resolved.computeIfAbsent(diagnostic.span().path(), p -> new ArrayList<>()).add(diagnostic);
            } else {
                out.add(diagnostic);
            }
        }
        for (Diagnostic diagnostic : after) {
            if (diagnostic.isError() && own.contains(diagnostic.span().path()) && !before.contains(key(diagnostic))) {
                out.add(diagnostic);
            }
        }
        for (Map.Entry<String, List<Diagnostic>> file : resolved.entrySet()) {
            Diagnostic first = file.getValue().get(0);
            int more = file.getValue().size() - 1;
            Path dir = absolute(file.getKey()).getParent();
            List<String> includes = new ArrayList<>();
            for (Program program : taken) {
                Path target = absolute(program.files().get(0).path());
                includes.add("include \"" + (dir == null ? target : dir.relativize(target)).toString()
                        .replace('\\', '/') + "\"");
            }
            includes.sort(null);
            String and = includes.size() == 1 ? includes.get(0) : String.join(", ", includes.subList(0, includes.size() - 1))
                    + " and " + includes.get(includes.size() - 1);
            out.add(Diagnostic.error("missing-include", first.span(), first.message()
                    + (more == 0 ? "" : ", and " + more + " more " + (more == 1 ? "error" : "errors") + " of the same cause")
                    + ": this file uses declarations from files it does not include; add " + and
                    + " at its top, or load the directory that holds them all"));
        }
        out.sort(Diagnostic.ORDER);
        return List.copyOf(out);
    }

    /**
     * The candidate not yet taken that removes the most errors (in {@code scope}) net of those it
     * reveals, as long as it removes more than it reveals: an error the cascade hid, such as a
     * misspelt field of the missing object, may show up once the object is known. Null when none helps.
     */
    private static Program best(Program program, List<Program> taken, List<Program> candidates, Set<String> scope,
                                Set<String> errors) {
        Program best = null;
        long bestGain = 0;
        for (Program candidate : candidates) {
            if (taken.stream().anyMatch(t -> t == candidate)) {
                continue;
            }
            List<Program> trial = new ArrayList<>(taken);
            trial.add(candidate);
            Set<String> left = keys(Checker.check(merge(program, trial)).diagnostics(), scope);
            long removed = errors.stream().filter(e -> !left.contains(e)).count();
            long revealed = left.stream().filter(e -> !errors.contains(e)).count();
            if (removed - revealed > bestGain) {
                best = candidate;
                bestGain = removed - revealed;
            }
        }
        return best;
    }

    private static boolean holdsTests(Program program) {
        return program.declarations().stream().anyMatch(d -> d instanceof Decl.TestDecl);
    }

    /** The program with the files of {@code extra} after its own, each file once. */
    private static Program merge(Program program, List<Program> extra) {
        Set<Path> seen = new HashSet<>();
        List<RulesFile> files = new ArrayList<>();
        for (Program part : concat(program, extra)) {
            for (RulesFile file : part.files()) {
                if (seen.add(absolute(file.path()))) {
                    files.add(file);
                }
            }
        }
        return new Program(files);
    }

    private static List<Program> concat(Program first, List<Program> rest) {
        List<Program> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all;
    }

    /** The errors in the files of {@code own}, each as its code and location (a suggestion in a message may change). */
    private static Set<String> keys(List<Diagnostic> diagnostics, Set<String> own) {
        Set<String> keys = new LinkedHashSet<>();
        for (Diagnostic diagnostic : diagnostics) {
            if (diagnostic.isError() && own.contains(diagnostic.span().path())) {
                keys.add(key(diagnostic));
            }
        }
        return keys;
    }

    private static String key(Diagnostic diagnostic) {
        return diagnostic.code() + "@" + diagnostic.span().location() + "-" + diagnostic.span().endLine() + ":"
                + diagnostic.span().endColumn();
    }

    private static Path absolute(String path) {
        return Path.of(path).toAbsolutePath().normalize();
    }
}
