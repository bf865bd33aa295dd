package dossier.annotation;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

class IndexSpecTest {

    @TestFactory
    Stream<DynamicTest> examples() {
        return AnnotatorSpec.examples("index.spec");
    }
}
