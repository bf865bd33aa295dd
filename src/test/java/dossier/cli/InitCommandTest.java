package dossier.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.build.DossierSettings;
import dossier.build.SmallDossier;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** dossier init: a new dossier folder that builds at once (offline, then with --base-url), and never over an editor's files. */
class InitCommandTest {

    @TempDir
    Path parent;

    private final CommandRun command = new CommandRun();

    @Test
    void a_new_dossier_folder_has_its_settings_a_documents_readme_and_a_page_and_builds_at_once() throws IOException {
        Path dossier = parent.resolve("Sahel Dossier");
        assertThat(command.run("init", dossier.toString(), "--title", "The Sahel: élections, 2020–2024")).isZero();
        assertThat(command.out.toString()).contains("content/documents", "dossier build --source");

        DossierSettings settings = DossierSettings.load(dossier);
        assertThat(settings.title()).isEqualTo("The Sahel: élections, 2020–2024");
        assertThat(settings.name()).isEqualTo("sahel-dossier");
        assertThat(settings.address().isSet()).as("no public address until the editor gives one").isFalse();
        assertThat(Files.readString(dossier.resolve("content/documents/README.md"))).contains(".txt", "header");

        assertThat(command.run("build", "--source", dossier.toString())).as(command.err.toString()).isZero();
        Path site = dossier.resolve("output");
        Document home = Jsoup.parse(site.resolve("index.html").toFile(), "UTF-8");
        assertThat(home.select(".site-title").text()).isEqualTo("The Sahel: élections, 2020–2024");
        assertThat(site.resolve("pages/about.html")).isRegularFile();
        assertThat(site.resolve("404.html")).isRegularFile();
        assertThat(site.resolve("sahel-dossier.zip")).isRegularFile();
        assertThat(site.resolve("documents/README.html")).as("the README is no page").doesNotExist();

        SmallDossier.write(dossier.resolve("content/documents/s-2021-400.txt"), SmallDossier.LETTER);
        assertThat(command.run("build", "--source", dossier.toString())).as(command.err.toString()).isZero();
        assertThat(site.resolve("documents/s-2021-400.html")).isRegularFile();
        assertThat(site.resolve("sitemap.xml")).as("offline until it has an address").doesNotExist();

        assertThat(command.run("build", "--source", dossier.toString(), "--base-url", "https://example.org/sahel")).as(command.err.toString()).isZero();
        assertThat(Files.readString(site.resolve("sitemap.xml"))).contains("https://example.org/sahel/documents/s-2021-400.html");
        assertThat(Jsoup.parse(site.resolve("documents/s-2021-400.html").toFile(), "UTF-8").select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/sahel/documents/s-2021-400.html");
        assertThat(site.resolve("feed.xml")).isRegularFile();
    }

    @Test
    void init_refuses_a_folder_that_is_not_empty_and_changes_nothing_in_it() throws IOException {
        Path dossier = parent.resolve("existing");
        SmallDossier.write(dossier.resolve("jbake.properties"), "dossier.title=Mine\n");

        assertThat(command.run("init", dossier.toString())).isEqualTo(1);
        assertThat(command.err.toString()).contains("dossier: init failed:", dossier.toString(), "not empty").doesNotContain("Exception");
        assertThat(Files.readString(dossier.resolve("jbake.properties"))).isEqualTo("dossier.title=Mine\n");
        assertThat(dossier.resolve("content")).doesNotExist();
    }
}
