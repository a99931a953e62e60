package io.stage7.cli;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

import java.util.concurrent.Callable;

/**
 * {@code stage7 completion bash|zsh}: prints a shell completion script for every command and
 * option; {@code source <(stage7 completion bash)} in {@code ~/.bashrc} (or {@code ~/.zshrc}).
 */
@Command(name = "completion", mixinStandardHelpOptions = true,
        description = "Print a completion script for bash or zsh: add 'source <(stage7 completion bash)' to ~/.bashrc "
                + "(or 'source <(stage7 completion zsh)' to ~/.zshrc).")
final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh }

    @Parameters(index = "0", paramLabel = "SHELL", description = "The shell: ${COMPLETION-CANDIDATES}.")
    Shell shell;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine root = spec.commandLine().getParent();
        String script = AutoComplete.bash("stage7", root);
        if (shell == Shell.zsh) {
            // picocli's script is bash's; zsh runs it through its bash-completion emulation.
            script = "autoload -U +X compinit && compinit\nautoload -U +X bashcompinit && bashcompinit\n" + script;
        }
        spec.commandLine().getOut().print(script);
        return Main.OK;
    }
}
