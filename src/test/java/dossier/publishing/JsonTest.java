package dossier.publishing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void text_is_escaped_for_json_and_for_a_script() {
        assertThat(Json.quote("a \"quote\", a \\ and </script>\n")).isEqualTo("\"a \\\"quote\\\", a \\\\ and <\\/script>\\n\"");
        assertThat(Json.quote("tab\tand\u2028line")).isEqualTo("\"tab\\u0009and\\u2028line\"");
        assertThat(Json.quote("/Côte d’Ivoire/")).isEqualTo("\"/Côte d’Ivoire/\"");
    }
}
