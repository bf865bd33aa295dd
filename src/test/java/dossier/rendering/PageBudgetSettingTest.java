package dossier.rendering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.build.DossierSettings;
import dossier.publishing.BuildException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page budget an editor sets in jbake.properties: read in KB, 500 unless set, a bad value named with its line. */
class PageBudgetSettingTest {

    @TempDir
    Path dossier;

    private DossierSettings settings(String lines) throws IOException {
        Files.writeString(dossier.resolve("jbake.properties"), lines);
        return DossierSettings.load(dossier);
    }

    @Test
    void the_budget_is_500_kb_unless_set() throws IOException {
        assertThat(settings("dossier.title=Mali\n").budget()).isEqualTo(PageBudget.DEFAULT);
        assertThat(settings("dossier.title=Mali\ndossier.page_budget = 300\n").budget().bytes()).isEqualTo(300 * 1024);
    }

    @Test
    void a_budget_that_is_no_number_or_leaves_no_room_for_a_page_is_named_with_its_line() {
        assertThatThrownBy(() -> settings("dossier.title=Mali\ndossier.page_budget=500KB\n")).isInstanceOf(BuildException.class)
                .hasMessageContaining("jbake.properties:2: dossier.page_budget=500KB").hasMessageContaining("in KB");
        assertThatThrownBy(() -> settings("dossier.page_budget=20\n")).isInstanceOf(BuildException.class)
                .hasMessageContaining("jbake.properties:1: dossier.page_budget=20").hasMessageContaining("at least 80 KB");
    }
}
