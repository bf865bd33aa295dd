package dossier.publishing;

/** JSON as the build writes it, in a file of its own or inside a script. */
public final class Json {

    private Json() {
    }

    /**
     * A JSON string: quotes, backslashes and control characters escaped, every other character as it is
     * (UTF-8); also safe inside a script (no "</", no line separators).
     */
    public static String quote(String s) {
        StringBuilder out = new StringBuilder(s.length() + 2).append('"');
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '/' -> out.append(out.charAt(out.length() - 1) == '<' ? "\\/" : "/");
                default -> {
                    if (c < 0x20 || c == '\u2028' || c == '\u2029') {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
