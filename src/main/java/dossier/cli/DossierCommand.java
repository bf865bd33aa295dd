package dossier.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The dossier command line: build, serve, check. */
@Command(name = "dossier", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Builds an annotated dossier of United Nations documents into a static website.",
        subcommands = {BuildCommand.class, ServeCommand.class, CheckCommand.class, CommandLine.HelpCommand.class})
public final class DossierCommand {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        Logging.quiet();
        return new CommandLine(new DossierCommand()).execute(args);
    }
}
