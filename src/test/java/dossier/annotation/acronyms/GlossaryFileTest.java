package dossier.annotation.acronyms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dossier.reading.SourceException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GlossaryFileTest {

    @TempDir
    Path folder;

    private Path file(String yaml) throws IOException {
        return Files.writeString(folder.resolve("glossary.yml"), yaml);
    }

    @Test
    void reads_expansions_per_language_aliases_and_see_also_in_file_order() throws IOException {
        List<EditorEntry> entries = GlossaryFile.load(file("""
                acronyms:
                  NO:
                    expansion: Norwegian Office
                  MUJAO:
                    aliases: [MUJWA]
                    expansion:
                      en: Movement of Unity and Jihad in Western Africa
                      fr: Mouvement pour l’unicité et le jihad en Afrique de l’Ouest
                    description: An armed group.
                    source: S/2012/894, para. 4
                    see_also: [NO]
                """));

        assertThat(entries).extracting(EditorEntry::acronym).containsExactly("NO", "MUJAO");
        EditorEntry mujao = entries.get(1);
        assertThat(mujao.expansions()).extracting(Expansion::language).containsExactly("en", "fr");
        assertThat(mujao.aliases()).containsExactly("MUJWA");
        assertThat(mujao.seeAlso()).containsExactly("NO");
        assertThat(mujao.line()).isEqualTo(4);
        assertThat(entries.get(0).expansions()).containsExactly(new Expansion("en", "Norwegian Office"));
    }

    @Test
    void no_file_is_no_entries() {
        assertThat(GlossaryFile.load(folder.resolve("glossary.yml"))).isEmpty();
    }

    @Test
    void mistakes_name_the_file_and_line() throws IOException {
        assertError("acronyms:\n  AU:\n    expansion: African Union\n    descripton: typo\n", 4, "unknown key 'descripton'");
        assertError("acronyms:\n  AU:\n    description: no expansion\n", 2, "has no 'expansion'");
        assertError("acronyms:\n  AU:\n    expansion: African Union\n  EU:\n    aliases: [AU]\n    expansion: x\n", 4,
                "AU is already in the entry for AU (line 2)");
        assertError("acronyms:\n  AU:\n    expansion: African Union\n    see_also: [EU]\n", 2, "sees also 'EU'");
        assertError("acronyms:\n  AU:\n    expansion:\n      english: African Union\n", 4, "not a two-letter language code");
        assertError("acronyms:\n  AU: [African Union\n", 3, "not valid YAML");
        assertError("terms:\n  AU:\n    expansion: African Union\n", 1, "unknown key 'terms'");
    }

    private void assertError(String yaml, int line, String problem) throws IOException {
        Path file = file(yaml);
        assertThatThrownBy(() -> GlossaryFile.load(file)).isInstanceOf(SourceException.class)
                .hasMessageStartingWith(file + ":" + line + ": ").hasMessageContaining(problem);
    }
}
