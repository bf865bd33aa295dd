package dossier.cli;

import dossier.publishing.BuildException;
import dossier.reading.SourceException;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The dossier command line: init, build, serve, check. */
@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds an annotated dossier of United Nations documents into a static website.",
        subcommands = {InitCommand.class, BuildCommand.class, ServeCommand.class, CheckCommand.class,
            CommandLine.HelpCommand.class})
public final class DossierCommand {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code. */
    public static int run(String... args) {
        Logging.quiet();
        return commandLine().execute(args);
    }

    /** The command line as {@link #run} uses it; tests set its output streams. */
    public static CommandLine commandLine() {
        return new CommandLine(new DossierCommand()).setExecutionExceptionHandler(DossierCommand::explain);
    }

    /** A bad source or a failed build is the editor's to fix: one clear message and exit 1, no stack trace. */
    private static int explain(Exception e, CommandLine command, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof SourceException || e instanceof BuildException) {
            command.getErr().println("dossier: " + command.getCommandName() + " failed: " + e.getMessage());
            return 1;
        }
        throw e;
    }
}
