package dossier.publishing;

/** The build cannot go on; the message tells the editor what to fix. Nothing in output/ has changed. */
public class BuildException extends RuntimeException {

    public BuildException(String message) {
        super(message);
    }

    public BuildException(String message, Throwable cause) {
        super(message, cause);
    }
}
