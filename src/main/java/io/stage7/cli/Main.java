package io.stage7.cli;

import io.stage7.build.BuildInfo;
import io.stage7.sim.model.EventLimitException;
import io.stage7.sim.model.TraceReplayException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;

/**
 * The {@code stage7} command. It holds only global options; each subcommand is its own class.
 *
 * <p>Exit codes: 0 success; 1 the input has errors (diagnostics were printed); 2 usage error
 * (bad arguments, missing files); 3 internal error (a bug in Stage7: please report it) or the heap is
 * full (the message says how to give the JVM more); 4 a target
 * not met within the bounds ({@code staff}: the answer is printed and written all the same); 5 a
 * staffing plan that did not settle or missed the target when verified with fresh random numbers
 * ({@code staff}: printed and written all the same); 69 Stage7 could not start (said by the
 * launchers: no Java runtime, or no Maven or a failed build in a source checkout).
 */
@Command(name = "stage7", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Rules language, evaluator and approval-desk simulator for order-management teams.",
        subcommands = {SimulateCommand.class, StaffCommand.class, CompareCommand.class, GenerateCommand.class,
                CheckCommand.class, EvalCommand.class, ExplainCommand.class, TestCommand.class, InitCommand.class, CompletionCommand.class,
                ImportCommand.class, ExportCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the input has errors", "2:usage error", "3:internal error (a bug), or the Java heap is full",
                "4:a target not met within the bounds (staff), or a record violates at the --fail-on level (eval)",
                "5:a staffing plan not settled, or missed in its verification run (staff)",
                "69:Stage7 could not start (the launcher: no Java runtime; in a source checkout, no Maven or a failed build)"})
public final class Main implements Runnable {
    public static final int OK = 0;
    public static final int INPUT_ERRORS = 1;
    public static final int USAGE = 2;
    public static final int INTERNAL = 3;
    public static final int TARGET_NOT_MET = 4;
    public static final int NOT_SETTLED_OR_UNVERIFIED = 5;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command: try 'stage7 simulate scenarios/default.yaml' or 'stage7 check rules/'");
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        // A thread that dies outside a command (a replication worker, a shutdown hook) would have the
        // JVM print its stack trace: print the documented one-line message instead.
        Thread.setDefaultUncaughtExceptionHandler((thread, failure) -> {
            if (failure instanceof OutOfMemoryError) {
                heapFull(err, args);
            } else {
                err.println("stage7: internal error (a bug in Stage7, please report it): " + failure);
            }
        });
        int code;
        try {
            code = run(args, new PrintWriter(System.out, true), err);
        } catch (Throwable failure) {
            // run() answers every failure of a command itself; this is the last line should the
            // answer fail too (a heap still full while it prints): the exit code stays documented.
            code = INTERNAL;
        }
        System.exit(code);
    }

    /** Not a stack trace: says what ran out and how to give it more. */
    private static int heapFull(PrintWriter err, String[] args) {
        err.println("stage7: error: the Java heap is full (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                + " MB); give the JVM more memory, e.g. STAGE7_JAVA_OPTS=-Xmx4g ./stage7 "
                + TerminalWriter.escape(String.join(" ", args)));
        err.flush();
        return INTERNAL;
    }

    /**
     * Runs the command line with the given writers; what tests call. Both are wrapped so that
     * control characters from input reach them escaped (see {@link TerminalWriter}).
     */
    public static int run(String[] args, PrintWriter rawOut, PrintWriter rawErr) {
        PrintWriter out = TerminalWriter.over(rawOut);
        PrintWriter err = TerminalWriter.over(rawErr);
        CommandLine line = new CommandLine(new Main());
        // Every subcommand answers --version as the root does (picocli does not inherit the provider).
        line.getSubcommands().values().forEach(sub -> sub.getCommandSpec().versionProvider(new Version()));
        line.setOut(out);
        line.setErr(err);
        line.setParameterExceptionHandler(Main::usageError);
        line.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            if (cause(exception, OutOfMemoryError.class).isPresent()) {
                return heapFull(commandLine.getErr(), args);
            }
            Optional<RuntimeException> inputFailure = cause(exception, TraceReplayException.class)
                    .<RuntimeException>map(e -> e).or(() -> cause(exception, EventLimitException.class));
            if (inputFailure.isPresent()) {
                // Not a bug: the trace's replay file vanished or became unreadable during the run,
                // or the scenario reached the limit on events per replication.
                commandLine.getErr().println("stage7: error: " + inputFailure.get().getMessage());
                commandLine.getErr().flush();
                return INPUT_ERRORS;
            }
            return internalError(commandLine.getErr(), exception);
        });
        int code;
        try {
            code = line.execute(args);
        } catch (Throwable failure) {
            // An error picocli does not hand to the handler above (an Error from the command's own
            // thread, or rethrown from a replication thread): the same documented messages.
            code = cause(failure, OutOfMemoryError.class).isPresent() ? heapFull(err, args) : internalError(err, failure);
        }
        out.flush();
        err.flush();
        rawOut.flush();
        rawErr.flush();
        return code;
    }

    /** The one-line internal-error message (the stack trace only with STAGE7_DEBUG set); exit 3. */
    private static int internalError(PrintWriter err, Throwable failure) {
        err.println("stage7: internal error (a bug in Stage7, please report it): " + failure);
        if (System.getenv("STAGE7_DEBUG") != null) {
            failure.printStackTrace(err);
        } else {
            err.println("set STAGE7_DEBUG=1 to see the stack trace");
        }
        err.flush();
        return INTERNAL;
    }

    /**
     * A usage error in one line, with suggestions for a mistyped option or command and a hint,
     * instead of the whole usage (which {@code --help} prints).
     */
    private static int usageError(CommandLine.ParameterException exception, String[] args) {
        CommandLine command = exception.getCommandLine();
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName();
        err.println(name + ": error: " + exception.getMessage());
        if (exception instanceof CommandLine.UnmatchedArgumentException unmatched) {
            List<String> suggestions = unmatched.getSuggestions();
            if (!suggestions.isEmpty()) {
                err.println("Did you mean: " + String.join(" or ", suggestions) + "?");
            }
        }
        err.println("Try '" + name + " --help' for usage.");
        err.flush();
        return USAGE;
    }

    /** {@code exception} or the first of its causes that is a {@code type}. */
    private static <T extends Throwable> Optional<T> cause(Throwable exception, Class<T> type) {
        for (Throwable at = exception; at != null; at = at.getCause() == at ? null : at.getCause()) {
            if (type.isInstance(at)) {
                return Optional.of(type.cast(at));
            }
        }
        return Optional.empty();
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[]{"stage7 " + BuildInfo.current().describe()};
        }
    }
}
