package dossier.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar's manifest, set by Maven. */
final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = Version.class.getPackage().getImplementationVersion();
        return new String[] {"dossier " + (version == null ? "(development build)" : version)};
    }
}
