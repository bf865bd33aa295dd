package dossier.reading;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A document's anchors: each name once, a repeated one numbered on, never one given already. */
class AnchorsTest {

    @Test
    void aNameGivenAgainIsNumberedOnAndSkipsANumberedNameTakenBefore() {
        Anchors anchors = new Anchors();
        List<String> given = new ArrayList<>();
        given.add(anchors.claim("para-1-3"));
        for (int i = 0; i < 4; i++) {
            given.add(anchors.claim("para-1"));
        }
        given.add(anchors.claim("para-1-2"));

        assertThat(given).containsExactly("para-1-3", "para-1", "para-1-2", "para-1-4", "para-1-5", "para-1-2-2");
    }

    @Test
    void fortyThousandRepeatedNamesAreEachGivenOnce() {
        Anchors anchors = new Anchors();
        List<String> given = new ArrayList<>();
        for (int i = 0; i < 40_000; i++) {
            given.add(anchors.claim("para-1"));
        }

        assertThat(given).doesNotHaveDuplicates().startsWith("para-1", "para-1-2").endsWith("para-1-40000");
    }
}
