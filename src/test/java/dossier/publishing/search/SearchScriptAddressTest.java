package dossier.publishing.search;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.model.PageAddress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * js/search.js loads the index's parts by address, a mirror of {@link PageAddress#script} that the site's
 * script cannot import: a part it asks for is the file the build wrote.
 */
class SearchScriptAddressTest {

    private static final Pattern PART_ADDRESS = Pattern.compile("script\\.src = \"([^\"]*)\" \\+ name \\+ \"([^\"]*)\";");

    @Test
    void the_page_loads_each_part_from_the_address_the_build_writes_it_to() throws IOException {
        Matcher address = PART_ADDRESS.matcher(Files.readString(Path.of("assets/js/search.js")));

        assertThat(address.find()).as("search.js names the parts' scripts").isTrue();
        for (String part : new String[] {SearchParts.INDEX, "t3", "x12"}) {
            assertThat(address.group(1) + part + address.group(2)).isEqualTo(PageAddress.script(SearchParts.FOLDER, part));
        }
        assertThat(address.group(1) + SearchParts.INDEX + address.group(2)).isEqualTo(PageAddress.SEARCH_INDEX);
    }
}
