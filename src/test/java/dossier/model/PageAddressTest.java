package dossier.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PageAddressTest {

    @Test
    void aSplitPagesPartsAreNamedAfterItAndNumberedFromTheSecond() {
        assertThat(PageAddress.part(PageAddress.GLOSSARY, "e")).isEqualTo("glossary-e.html");
        assertThat(PageAddress.numbered(PageAddress.part(PageAddress.GLOSSARY, "e"), 1)).isEqualTo("glossary-e.html");
        assertThat(PageAddress.numbered(PageAddress.part(PageAddress.GLOSSARY, "e"), 2)).isEqualTo("glossary-e-2.html");
        assertThat(PageAddress.part(PageAddress.TIMELINE, "2012", "03")).isEqualTo("timeline-2012-03.html");
    }

    @Test
    void anEntrysUsesHaveTheirOwnPagesBesideItsPage() {
        assertThat(PageAddress.uses(PageAddress.SUBJECTS, "ecowas", 1)).isEqualTo("subjects-ecowas-uses.html");
        assertThat(PageAddress.uses(PageAddress.GLOSSARY, "ecowas", 2)).isEqualTo("glossary-ecowas-uses-2.html");
    }

    @Test
    void aPageIsAnHtmlFileAndItsStemIsItsAddressWithoutTheExtension() {
        assertThat(PageAddress.stem(PageAddress.of("s-2012-894"))).isEqualTo("documents/s-2012-894");
        assertThat(PageAddress.isPage(PageAddress.fileName("s-2012-894"))).isTrue();
        assertThat(PageAddress.isPage("document-list.js")).isFalse();
    }

    @Test
    void aPlaceOnAPageIsThePageAndItsAnchorOrThePageItselfWithoutOne() {
        assertThat(PageAddress.at(PageAddress.of("s-2012-894"), "para-12")).isEqualTo("documents/s-2012-894.html#para-12");
        assertThat(PageAddress.at(PageAddress.of("s-2012-894"), "")).isEqualTo("documents/s-2012-894.html");
    }

    @Test
    void theScriptsTheBuildWritesAreNamedInTheirFoldersAndAreNotPages() {
        assertThat(PageAddress.script(PageAddress.SEARCH_PARTS, PageAddress.SEARCH_FIRST_PART)).isEqualTo(PageAddress.SEARCH_INDEX)
                .isEqualTo("search/index.js");
        assertThat(PageAddress.script(PageAddress.DOCUMENT_LIST_PARTS, "2012-2")).isEqualTo("document-list/2012-2.js");
        assertThat(List.of(PageAddress.DOCUMENT_ORDERS, PageAddress.DOCUMENT_LIST, PageAddress.INDEX_ENTRIES, PageAddress.SEARCH_INDEX))
                .noneMatch(PageAddress::isPage);
    }
}
