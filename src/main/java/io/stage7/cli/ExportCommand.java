package io.stage7.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code stage7 export FORMAT ...}: writes rules out for another system. Each format is its own
 * subcommand with its own options; today there is one, {@code sfdx}.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        description = "Export rules as another system's files.",
        subcommands = {ExportSfdxCommand.class})
final class ExportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing format: try 'stage7 export sfdx rules/ --out sfdx-out/'");
    }
}
