package io.stage7.cli;

import io.stage7.sim.model.TraceReplayException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;
import java.util.Optional;

/**
 * The {@code stage7} command. It holds only global options; each subcommand is its own class.
 *
 * <p>Exit codes: 0 success; 1 the input has errors (diagnostics were printed); 2 usage error
 * (bad arguments, missing files); 3 internal error (a bug in Stage7: please report it) or the heap is
 * full (the message says how to give the JVM more); 4 a target
 * not met within the bounds ({@code staff}: the answer is printed and written all the same); 5 a
 * staffing plan that did not settle or missed the target when verified with fresh random numbers
 * ({@code staff}: printed and written all the same).
 */
@Command(name = "stage7", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Rules language, evaluator and approval-desk simulator for order-management teams.",
        subcommands = {SimulateCommand.class, StaffCommand.class, CompareCommand.class, GenerateCommand.class,
                CheckCommand.class, EvalCommand.class, ExplainCommand.class, TestCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:success", "1:the input has errors", "2:usage error", "3:internal error (a bug), or the Java heap is full",
                "4:a target not met within the bounds (staff)",
                "5:a staffing plan not settled, or missed in its verification run (staff)"})
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
        int code;
        try {
            code = run(args, new PrintWriter(System.out, true), err);
        } catch (OutOfMemoryError e) {
            // Not a stack trace: say what ran out and how to give it more.
            err.println("stage7: error: the Java heap is full (" + Runtime.getRuntime().maxMemory() / (1024 * 1024)
                    + " MB); give the JVM more memory, e.g. STAGE7_JAVA_OPTS=-Xmx4g ./stage7 " + String.join(" ", args));
            code = INTERNAL;
        }
        System.exit(code);
    }

    /** Runs the command line with the given writers; what tests call. */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        CommandLine line = new CommandLine(new Main());
        line.setOut(out);
        line.setErr(err);
        line.setExecutionExceptionHandler((exception, commandLine, parseResult) -> {
            Optional<TraceReplayException> replay = cause(exception, TraceReplayException.class);
            if (replay.isPresent()) {
                // Not a bug: the trace's replay file vanished or became unreadable during the run.
                commandLine.getErr().println("stage7: error: " + replay.get().getMessage());
                commandLine.getErr().flush();
                return INPUT_ERRORS;
            }
            commandLine.getErr().println("stage7: internal error (a bug in Stage7, please report it): " + exception);
            if (System.getenv("STAGE7_DEBUG") != null) {
                exception.printStackTrace(commandLine.getErr());
            } else {
                commandLine.getErr().println("set STAGE7_DEBUG=1 to see the stack trace");
            }
            commandLine.getErr().flush();
            return INTERNAL;
        });
        int code = line.execute(args);
        out.flush();
        err.flush();
        return code;
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
            String version = Main.class.getPackage().getImplementationVersion();
            return new String[]{"stage7 " + (version == null ? "development build" : version)};
        }
    }
}
