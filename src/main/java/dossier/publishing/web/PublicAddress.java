package dossier.publishing.web;

import dossier.publishing.BuildException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where the site is published, if anywhere: the public base URL ("https://example.org/mali/") that
 * canonical links, the sitemap, the feed and citations name. A site without one is offline: it writes no
 * absolute address of its own, so the same files work from disk, from a zip and from any server.
 */
public final class PublicAddress {

    private static final PublicAddress OFFLINE = new PublicAddress(null);

    private final String base;

    private PublicAddress(String base) {
        this.base = base;
    }

    public static PublicAddress offline() {
        return OFFLINE;
    }

    /**
     * The address given in {@code where} (a file or an option, named in the message when it is not an
     * absolute http or https URL), with a slash added at its end so that page paths resolve below it.
     */
    public static PublicAddress of(String url, String where) {
        if (url == null || url.isBlank()) {
            return OFFLINE;
        }
        String text = url.strip();
        try {
            URI uri = new URI(text);
            boolean web = "http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme());
            if (!web || uri.getHost() == null || uri.getRawQuery() != null || uri.getRawFragment() != null) {
                throw new BuildException(where + ": the base URL must be an absolute http or https address without"
                        + " query or fragment, like https://example.org/dossier/ (got \"" + text + "\")");
            }
        } catch (URISyntaxException e) {
            throw new BuildException(where + ": the base URL \"" + text + "\" is not a valid address: " + e.getReason());
        }
        return new PublicAddress(text.endsWith("/") ? text : text + "/");
    }

    /** True when the site has a public address. */
    public boolean isSet() {
        return base != null;
    }

    /** The base URL, ending with a slash, when the site has one. */
    public Optional<String> base() {
        return Optional.ofNullable(base);
    }

    /** The public address of a page given relative to the site root ("documents/s-2012-894.html"). */
    public String of(String page) {
        if (base == null) {
            throw new IllegalStateException("an offline site has no public address for " + page);
        }
        return base + page;
    }

    @Override
    public String toString() {
        return base == null ? "offline" : base;
    }
}
