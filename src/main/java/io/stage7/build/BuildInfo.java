package io.stage7.build;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/**
 * The version and commit of this build of Stage7, as Maven recorded them when it built the jar
 * ({@code build.properties}, filtered): {@code 0.1.0 (commit 3f2a9c1)}. Values Maven could not
 * fill (a build outside a git checkout) read as unknown rather than as placeholders.
 *
 * @param version the project version, e.g. {@code 0.1.0}
 * @param commit  the abbreviated commit id, or {@code unknown}
 * @param dirty   whether the work tree had uncommitted changes when it was built
 */
public record BuildInfo(String version, String commit, boolean dirty) {

    private static final BuildInfo CURRENT = read();

    /** This build's. */
    public static BuildInfo current() {
        return CURRENT;
    }

    /** {@code 0.1.0 (commit 3f2a9c1)}, with {@code , modified} when built from a modified work tree. */
    public String describe() {
        return version + " (commit " + commit + (dirty ? ", modified" : "") + ")";
    }

    private static BuildInfo read() {
        Properties properties = new Properties();
        try (InputStream in = BuildInfo.class.getResourceAsStream("build.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // An unreadable resource in our own jar: report the build as unknown rather than fail a command.
        }
        return new BuildInfo(filled(properties, "version", "development build"), filled(properties, "commit", "unknown"),
                "true".equals(filled(properties, "dirty", "false")));
    }

    private static String filled(Properties properties, String key, String otherwise) {
        String value = properties.getProperty(key, "").trim();
        return value.isEmpty() || value.startsWith("${") ? otherwise : value;
    }
}
