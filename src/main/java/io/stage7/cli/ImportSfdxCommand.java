package io.stage7.cli;

import io.stage7.diag.Diagnostic;
import io.stage7.diag.DiagnosticRenderer;
import io.stage7.sfdx.SfdxImport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * {@code stage7 import sfdx DIR --out RULES}: an SFDX source tree's objects and validation rules
 * as rules files. What cannot be translated is reported at its place in the XML (exit 1), and
 * everything else is written all the same.
 */
@Command(name = "sfdx", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Import an SFDX source tree (objects, fields, validation rules) as rules files.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything imported", "1:something could not be translated (reported; the rest is written)",
                "2:usage error"})
final class ImportSfdxCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "The SFDX tree: a project, or a folder such as force-app.")
    Path sfdx;

    @Option(names = "--out", required = true, paramLabel = "RULES",
            description = "The folder to write the rules files to; it is replaced if it exists.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (!Files.isDirectory(sfdx)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "no such directory: " + sfdx);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out is a file, not a folder: " + out);
        }
        SfdxImport.Result result;
        try {
            result = SfdxImport.run(sfdx, out);
        } catch (IOException e) {
            return Outputs.cannotWrite(out, e, spec.commandLine().getErr());
        }
        PrintWriter err = spec.commandLine().getErr();
        err.print(new DiagnosticRenderer(result.sources()).renderAll(result.problems()));
        long errors = result.problems().stream().filter(Diagnostic::isError).count();
        long warnings = result.problems().size() - errors;
        spec.commandLine().getOut().println("imported " + result.objects() + " object" + plural(result.objects())
                + ", " + result.fields() + " field" + plural(result.fields()) + " and " + result.rules()
                + " validation rule" + plural(result.rules()) + " (" + result.inactive() + " inactive) into " + out
                + (errors == 0 ? "" : "; " + errors + " problem" + plural((int) errors) + " left something out")
                + (warnings == 0 ? "" : "; " + warnings + " warning" + plural((int) warnings)));
        return result.hasErrors() ? Main.INPUT_ERRORS : Main.OK;
    }

    static String plural(int n) {
        return n == 1 ? "" : "s";
    }
}
