package dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import dossier.build.DossierSettings;
import org.junit.jupiter.api.Test;

class NamesTest {

    @Test
    void a_dossiers_zip_and_a_documents_page_are_named_by_the_same_rule() {
        assertThat(DossierSettings.fileSafeName("Dossier Mali été")).isEqualTo("dossier-mali-ete");
        assertThat(Document.slugOf("Dossier Mali été.txt")).isEqualTo("dossier-mali-ete");
        assertThat(Names.slug("  Mali Dossier 2012 ")).isEqualTo("mali-dossier-2012");
        assertThat(DossierSettings.fileSafeName("!!!")).isEqualTo("dossier");
    }

    @Test
    void accents_and_ligatures_fold_to_plain_letters() {
        assertThat(Names.slug("Compaoré, Côte d’Ivoire, ﬁn")).isEqualTo("compaore-cote-d-ivoire-fin");
        assertThat(Names.slug("Œuvre Straße")).isEqualTo("oeuvre-strasse");
    }
}
