package dossier.cli;

import dossier.publishing.BuildException;
import dossier.reading.SourceException;
import java.util.List;
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
        CommandLine commandLine = new CommandLine(new DossierCommand());
        CommandLine.IExecutionStrategy run = new CommandLine.RunLast();
        // The sources' limits (SourceCheck.MAX_LINE, EditorialPage.MAX_NESTING) keep the reader's stack in
        // bounds; should a source still exhaust it, the editor gets a message, not a trace.
        return commandLine.setExecutionExceptionHandler(DossierCommand::explain).setExecutionStrategy(parsed -> {
            try {
                return run.execute(parsed);
            } catch (OutOfMemoryError e) {
                List<CommandLine> commands = parsed.asCommandLineList();
                throw new CommandLine.ExecutionException(commands.get(commands.size() - 1), "out of memory", e);
            } catch (StackOverflowError e) {
                List<CommandLine> commands = parsed.asCommandLineList();
                throw new CommandLine.ExecutionException(commands.get(commands.size() - 1), "stack overflow",
                        new BuildException("a line or a nesting in a source is too deep for dossier to read (" + e
                                + "); break long lines and flatten deep quotes or lists", e));
            }
        });
    }

    /**
     * Whatever fails, the editor gets one message and exit 1, never a stack trace: a bad source or a failed
     * build says what to fix; anything else is named as dossier's own fault. --verbose adds the trace.
     */
    static int explain(Exception e, CommandLine command, CommandLine.ParseResult parsed) {
        OutOfMemoryError memory = outOfMemory(e);
        boolean known = e instanceof SourceException || e instanceof BuildException || memory != null;
        String message = memory != null ? moreMemory(memory, command.getCommandName())
                : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        command.getErr().println("dossier: " + command.getCommandName() + " failed: " + message);
        boolean verbose = command.getParseResult() != null && command.getParseResult().hasMatchedOption("--verbose");
        if (verbose) {
            e.printStackTrace(command.getErr());
        } else if (!known) {
            command.getErr().println("dossier: this is an error in dossier itself (" + e.getClass().getSimpleName()
                    + "); run again with --verbose for the details to report");
        }
        return 1;
    }

    /** What to do when {@code command} ran out of memory. */
    static String moreMemory(OutOfMemoryError memory, String command) {
        return "the dossier needs more memory than Java was given (" + memory.getMessage() + "); give it more, e.g. "
                + "JAVA_TOOL_OPTIONS=-Xmx8g ./dossier " + command + " …";
    }

    /** The memory a build ran out of, wherever in the chain of causes a worker thread's failure carried it. */
    static OutOfMemoryError outOfMemory(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof OutOfMemoryError memory) {
                return memory;
            }
        }
        return null;
    }
}
