package io.stage7.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code stage7 import FORMAT ...}: brings rules in from another system. Each format is its own
 * subcommand with its own options; today there is one, {@code sfdx}.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
        description = "Import rules from another system's files.",
        subcommands = {ImportSfdxCommand.class})
final class ImportCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(),
                "missing format: try 'stage7 import sfdx force-app --out rules/'");
    }
}
