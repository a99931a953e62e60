package io.stage7.cli;

import io.stage7.diag.Diagnostic;
import io.stage7.diag.DiagnosticRenderer;
import io.stage7.sfdx.SfdxExport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import static io.stage7.cli.ImportSfdxCommand.plural;

/**
 * {@code stage7 export sfdx RULES --out DIR}: the rules' objects and requirements as an SFDX
 * project that Salesforce's CLI deploys. Rules with errors are reported as {@code check} reports
 * them and nothing is written; a requirement Salesforce cannot hold is reported and left out.
 */
@Command(name = "sfdx", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Export rules as an SFDX project: field metadata and validation rules.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:everything exported", "1:the rules have errors (nothing written), or a requirement "
                + "could not be exported (reported; the rest is written)", "2:usage error"})
final class ExportSfdxCommand implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "FILE|DIR", description = "Rules files, or directories of *.rules files.")
    List<Path> rules;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The folder to write the SFDX project to; it is replaced if it exists.")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        for (Path path : rules) {
            if (!Files.exists(path)) {
                throw new CommandLine.ParameterException(spec.commandLine(), "no such file or directory: " + path);
            }
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--out is a file, not a folder: " + out);
        }
        SfdxExport.Result result;
        try {
            result = SfdxExport.run(rules, out);
        } catch (IOException e) {
            return Outputs.cannotWrite(out, e, spec.commandLine().getErr());
        }
        PrintWriter err = spec.commandLine().getErr();
        err.print(new DiagnosticRenderer(result.sources()).renderAll(result.problems()));
        if (!result.written()) {
            err.println("the rules have errors: nothing was exported");
            return Main.INPUT_ERRORS;
        }
        long errors = result.problems().stream().filter(Diagnostic::isError).count();
        spec.commandLine().getOut().println("exported " + result.fields() + " field" + plural(result.fields())
                + " and " + result.rules() + " validation rule" + plural(result.rules()) + " to " + out
                + (errors == 0 ? "" : "; " + errors + " requirement" + plural((int) errors) + " left out"));
        return result.hasErrors() ? Main.INPUT_ERRORS : Main.OK;
    }
}
