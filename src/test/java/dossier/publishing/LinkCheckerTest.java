package dossier.publishing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.rendering.PageLinks;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LinkCheckerTest {

    @TempDir
    Path site;

    @BeforeEach
    void aSmallSite() throws IOException {
        write("index.html", "<link rel='stylesheet' href='css/site.css'><main id='main'>"
                + "<a href='documents/a.html'>A</a> <a href='documents/a.html#para-2'>A 2</a> <a href='#main'>top</a>"
                + "<a href='#'>this page</a> <a href='https://undocs.org/en/S/2012/894'>UN</a>"
                + "<a href='mailto:editor@example.org'>write</a></main><script src='js/site.js'></script>");
        write("documents/a.html", "<p id='para-1'>One</p><p id='para-2'>Two <a href='../index.html#main'>home</a>"
                + " <a href='b%20c.html?from=a#x'>B</a> <a name='old'>old</a> <a href='#old'>old anchor</a></p>");
        write("documents/b c.html", "<p id='x'>X</p>");
        // A folder's index page: a link to the folder is broken all the same.
        write("documents/index.html", "<p>all documents</p>");
        write("css/site.css", "body {}");
        write("js/site.js", "");
    }

    @Test
    void aSiteWhoseLinksAllLandPasses() {
        assertThatCode(() -> LinkChecker.of(site).check(SitePages.of(site))).doesNotThrowAnyException();
    }

    /** A page added to the small site: the check fails, its message saying each of what ("; " between them). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "a link to a missing page, named with the link | documents/c.html | <p>See <a href='d.html'>D</a></p> "
                + "| documents/c.html; 'd.html'; documents/d.html",
        "a fragment no element carries | documents/c.html "
                + "| <p><a href='a.html#para-3'>paragraph 3</a> <a href='#nowhere'>here</a></p> "
                + "| 2 broken links; 'a.html#para-3'; 'para-3'; '#nowhere'",
        "a root-relative link, as it breaks offline | documents/c.html | <link rel='stylesheet' href='/css/site.css'> "
                + "| documents/c.html: <link> '/css/site.css'; root",
        "a link to a folder, even one with an index | page.html "
                + "| <a href='documents/'>with slash</a> <a href='documents'>without</a> "
                + "| 2 broken links; 'documents/'; 'documents'; folder",
        "a script or an image, through its src | page.html "
                + "| <img src='img/map.png' alt='map'><script src='js/missing.js'></script> "
                + "| <img> 'img/map.png'; <script> 'js/missing.js'",
        "a link that leaves the site, or needs the network without a scheme | page.html "
                + "| <a href='../outside.html'>up</a> <a href='//cdn.example.org/x.js'>cdn</a> <a href='file:///etc/hosts'>hosts</a> "
                + "| 3 broken links; '../outside.html' points outside the site; '//cdn.example.org/x.js'; 'file:///etc/hosts'",
    })
    void aBrokenLinkFailsTheCheckNamingThePageAndTheLink(String broken, String page, String html, String said) throws IOException {
        write(page, html);

        assertThatThrownBy(() -> LinkChecker.of(site).check(SitePages.of(site)))
                .isInstanceOf(BuildException.class)
                .hasMessageContainingAll(said.split("; "));
    }

    @Test
    void pagesGivenAsTheyAreWrittenAreCheckedAsTheSiteOnDisk() throws IOException {
        // c links back to a (given before it) and forward to d (given after it), d back to c: broken links of each kind.
        String c = "<p id='c1'><a href='a.html#para-2'>A 2</a> <a href='a.html#para-9'>A 9</a> <a href='d.html#d1'>D</a> <a href='d.html#d9'>D 9</a></p>";
        String d = "<p id='d1'><a href='c.html#c1'>C</a> <a href='c.html#c2'>C 2</a> <a href='../css/site.css'>css</a></p>";
        write("documents/c.html", c);
        write("documents/d.html", d);
        String fromDisk = brokenMessage(() -> LinkChecker.of(site).check(SitePages.of(site)));

        LinkChecker given = LinkChecker.of(site);
        given.page("documents/a.html", PageLinks.of(Files.readString(site.resolve("documents/a.html"))));
        given.page("documents/c.html", PageLinks.of(c));
        given.page("documents/d.html", PageLinks.of(d));

        assertThat(brokenMessage(() -> given.check(SitePages.of(site)))).isEqualTo(fromDisk)
                .contains("3 broken links", "documents/c.html: <a> 'a.html#para-9'", "documents/c.html: <a> 'd.html#d9'",
                        "documents/d.html: <a> 'c.html#c2'");
    }

    private static String brokenMessage(Runnable check) {
        try {
            check.run();
        } catch (BuildException e) {
            return e.getMessage();
        }
        throw new AssertionError("no broken link found");
    }

    private void write(String path, String html) throws IOException {
        Path file = site.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, html);
    }
}
