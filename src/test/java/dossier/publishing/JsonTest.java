package dossier.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void text_is_escaped_for_json_and_for_a_script() {
        assertThat(Json.quote("a \"quote\", a \\, </script>\n, a\ttab, a\u2028line: /Côte d’Ivoire/"))
                .isEqualTo("\"a \\\"quote\\\", a \\\\, <\\/script>\\n, a\\u0009tab, a\\u2028line: /Côte d’Ivoire/\"");
    }
}
