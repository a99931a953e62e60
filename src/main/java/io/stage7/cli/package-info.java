/**
 * The command line: a thin picocli adapter. One class per subcommand parses arguments, delegates
 * to an entry point ({@link io.stage7.Rules}, {@link io.stage7.Simulator}), prints through the command's writers and maps outcomes to the exit codes
 * documented on {@link io.stage7.cli.Main}. May depend on every other package.
 * <p>May import: every package. (Read by the architecture test.)
 */
package io.stage7.cli;
