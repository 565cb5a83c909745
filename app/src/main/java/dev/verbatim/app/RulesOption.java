package dev.verbatim.app;

import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --rules FILE}, for the commands that take cleaning rules: the ones that clean locally and the two that publish. */
final class RulesOption {

    @Option(names = "--rules", paramLabel = "FILE", description = "Cleaning rules (YAML) over the built-in ones.")
    Path file;

    /**
     * {@code --rules} on a stage command that must not publish rules (ingest, clean, sink): refused
     * with one line that says how rules become active, rather than quietly publishing or ignoring them.
     */
    static final class Refused {
        @Spec(Spec.Target.MIXEE)
        CommandSpec spec;

        @Option(names = "--rules", paramLabel = "FILE", hidden = true)
        void rules(Path file) {
            throw new ParameterException(spec.commandLine(), "'" + spec.qualifiedName(" ").replaceFirst("^verbatim ", "")
                    + "' takes no --rules: only 'verbatim replay --rules FILE' and 'verbatim run --rules FILE' make "
                    + "rules active, and every stage follows them (see 'verbatim replay --help')");
        }
    }
}
