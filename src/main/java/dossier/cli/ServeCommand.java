package dossier.cli;

import dossier.build.BuildOptions;
import dossier.build.BuildSummary;
import dossier.build.Superseded;
import dossier.build.WarmBuild;
import dossier.publishing.BuildException;
import dossier.publishing.SiteSources;
import dossier.reading.SourceException;
import dossier.serve.PreviewServer;
import dossier.serve.SourceWatcher;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** dossier serve: builds, serves on 127.0.0.1 and rebuilds when a source, template or asset changes. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Builds the site, serves it on 127.0.0.1 and rebuilds it when content/, templates/ or "
                + "assets/ change, reading again only the sources an edit touched and replacing only the "
                + "pages that changed, the edited pages first. An open page reloads itself when a rebuild "
                + "changed it, and shows why a rebuild failed. Stop with Ctrl+C.")
final class ServeCommand implements Callable<Integer> {

    @Mixin
    SourceOptions options;

    @Option(names = {"-p", "--port"}, description = "Port to listen on (default: ${DEFAULT-VALUE}).")
    int port = 8820;

    @Option(names = {"-D", "--drafts"}, description = "Show sources and pages marked status: draft too (a build leaves them out).")
    boolean drafts;

    @Spec
    CommandSpec spec;

    /** The server once the first build is served: told of each rebuild's changes. */
    private volatile PreviewServer server;
    /** What tells a rebuild that the sources changed again while it ran (it then gives way to the next). */
    private volatile SourceWatcher watcher;

    @Override
    public Integer call() throws Exception {
        BuildOptions build = options.toBuildOptions(drafts);
        PrintWriter out = spec.commandLine().getOut();
        try (WarmBuild warm = new WarmBuild(build, files -> {
            PreviewServer serving = server;
            if (serving != null) {
                serving.changed(files);
            }
        }, () -> watcher != null && watcher.changedMeanwhile())) {
            rebuild(warm, out);
            serve(warm, build, SiteSources.resolve(build.source(), build.theme()), out);
        }
        return 0;
    }

    private void serve(WarmBuild warm, BuildOptions build, SiteSources sources, PrintWriter out) throws Exception {
        try (PreviewServer server = PreviewServer.live(build.output(), port);
             SourceWatcher watcher = new SourceWatcher(List.of(sources.content(), sources.templates(), sources.assets()))) {
            this.server = server;
            this.watcher = watcher;
            out.printf("Serving %s at http://127.0.0.1:%d/index.html (Ctrl+C to stop)%n", build.output(), server.port());
            out.flush();
            while (!Thread.currentThread().isInterrupted()) {
                watcher.awaitChange();
                rebuild(warm, out);
            }
        }
    }

    private void rebuild(WarmBuild warm, PrintWriter out) {
        try {
            BuildSummary summary = warm.build();
            out.println(summary.oneLine() + " (" + warm.reread() + " of " + summary.documents().size() + " sources read again)");
            if (server != null) {
                server.succeeded();
            }
        } catch (Superseded e) {
            out.println("Showed the changed pages; a newer change came in, so the rest is made by the next rebuild");
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            // Whatever fails a build, the last good site is still served; the editor fixes the source and saves again.
            failed(failure(e));
        }
        out.flush();
    }

    /** What the terminal and the open pages say of a failed rebuild. */
    static String failure(Throwable e) {
        if (e instanceof SourceException || e instanceof BuildException) {
            return "dossier: build failed: " + e.getMessage();
        }
        OutOfMemoryError memory = DossierCommand.outOfMemory(e);
        if (memory != null) {
            return "dossier: build failed: " + DossierCommand.moreMemory(memory, "serve") + "; still serving the last good site";
        }
        return "dossier: build failed (" + e.getClass().getSimpleName() + ": " + e.getMessage()
                + "); still serving the last good site. This is an error in dossier itself; please report it";
    }

    /** Says why a build failed, on the terminal and on the open pages. */
    private void failed(String message) {
        spec.commandLine().getErr().println(message);
        if (server != null) {
            server.failed(message);
        }
    }
}
