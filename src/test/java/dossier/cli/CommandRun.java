package dossier.cli;

import java.io.PrintWriter;
import java.io.StringWriter;

/** The command line as an editor runs it, keeping what it prints on each stream for the test to read. */
final class CommandRun {

    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    /** Runs the command line with these arguments; its exit code. */
    int run(String... args) {
        return DossierCommand.commandLine().setOut(new PrintWriter(out, true)).setErr(new PrintWriter(err, true)).execute(args);
    }
}
