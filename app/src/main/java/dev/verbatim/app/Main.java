package dev.verbatim.app;

import ch.qos.logback.classic.Level;
import java.io.PrintStream;
import java.io.PrintWriter;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * The {@code verbatim} command line. Wires things together and owns the process: the only place
 * that prints to the console on its own account or exits. Bad usage and failures are one line
 * naming the problem and a non-zero exit; {@code --verbose} adds stack traces and debug logs.
 */
@Command(name = "verbatim", mixinStandardHelpOptions = true, version = "verbatim 0.1.0",
        description = "Raw news pages -> Kafka -> cleaned, structured transcripts.",
        subcommands = {PipelineCommands.Demo.class, PipelineCommands.Run.class, PipelineCommands.Ingest.class,
            PipelineCommands.Clean.class, PipelineCommands.Sink.class, PageCommands.CleanPage.class,
            PageCommands.CleanDir.class, RulesCommands.class, ReplayCommand.class, StatusCommand.class, BenchCommand.class})
public final class Main implements Runnable {

    /** Exit code for bad usage (unknown command, flag or value). */
    static final int EXIT_USAGE = 2;
    /** Exit code for a failure while running. */
    static final int EXIT_FAILURE = 1;

    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Show debug logs and stack traces.")
    void verbose(boolean on) {
        verbose = on;
        if (on) {
            ((ch.qos.logback.classic.Logger) LoggerFactory.getLogger("dev.verbatim")).setLevel(Level.DEBUG);
        }
    }

    private static boolean verbose;
    private static PrintStream progress = System.err;

    /** Where progress bars are drawn: standard error, so that standard output carries only results. */
    static PrintStream progressStream() {
        return progress;
    }

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "missing command (try 'verbatim --help')");
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(System.out, java.nio.charset.StandardCharsets.UTF_8), true);
        PrintWriter err = new PrintWriter(new java.io.OutputStreamWriter(System.err, java.nio.charset.StandardCharsets.UTF_8), true);
        int code = execute(args, out, err);
        out.flush();
        err.flush();
        System.exit(code);
    }

    /** Runs a command line; returns the exit code. Tests call this. */
    static int execute(String[] args, PrintWriter out, PrintWriter err) {
        verbose = false;
        CommandLine cli = new CommandLine(new Main());
        cli.setCaseInsensitiveEnumValuesAllowed(true);
        cli.setOut(out);
        cli.setErr(err);
        cli.setParameterExceptionHandler((e, a) -> {
            err.println("verbatim: " + e.getMessage());
            if (!e.getMessage().contains("--help")) {
                err.println("try 'verbatim " + commandPath(e.getCommandLine()) + "--help'");
            }
            return EXIT_USAGE;
        });
        cli.setExecutionExceptionHandler((e, c, r) -> {
            err.println("verbatim: " + describe(e));
            if (verbose) {
                e.printStackTrace(err);
            }
            return e instanceof dev.verbatim.app.kafka.DataDirInUseException ? EXIT_USAGE : EXIT_FAILURE;
        });
        return cli.execute(args);
    }

    private static String commandPath(CommandLine c) {
        String q = c.getCommandSpec().qualifiedName(" ");
        String rest = q.startsWith("verbatim") ? q.substring("verbatim".length()).strip() : q;
        return rest.isEmpty() ? "" : rest + " ";
    }

    /** The message of the most telling cause, in one line. */
    static String describe(Throwable e) {
        Throwable t = e;
        while (t.getMessage() == null && t.getCause() != null) {
            t = t.getCause();
        }
        String msg = t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
        if (t instanceof java.nio.file.NoSuchFileException nsf) {
            msg = "no such file or directory: " + nsf.getFile();
        } else if (t instanceof java.nio.file.AccessDeniedException ade) {
            msg = "permission denied: " + ade.getFile();
        }
        return msg.lines().findFirst().orElse(msg);
    }
}
