package app.marquee.web.ops;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No Docker engine runs where the tests run, so the image is never built here; these checks keep the
 * Docker files in step with the code instead: every variable they set is one Marquee reads, and the
 * image starts the WAR the way the run command and the container tests do.
 */
class DockerConfigurationTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    /** Read by the JVM or the image's tools, not by Marquee. */
    private static final Set<String> READ_BY_THE_PLATFORM = Set.of("HOME");

    @Test
    void everyVariableTheDockerfileSetsIsOneMarqueeReads() {
        Set<String> set = dockerfileVariables(read("docker/Dockerfile"));
        assertThat(set).contains("MARQUEE_DB_URL", "MARQUEE_JWT_SIGNING_KEY");
        set.removeAll(READ_BY_THE_PLATFORM);
        assertThat(set).isSubsetOf(variablesMarqueeReads());
    }

    @Test
    void everyVariableTheComposeFileGivesMarqueeIsOneItReads() {
        Set<String> set = composeVariables(read("docker/compose.yaml"), "app");
        assertThat(set).contains("MARQUEE_DB_URL", "MARQUEE_DB_USER", "MARQUEE_DB_PASSWORD", "MARQUEE_ADMIN_PASSWORD");
        assertThat(set).isSubsetOf(variablesMarqueeReads());
    }

    @Test
    void imageRunsTheBuiltWarWithTheRunCommandsOptions() {
        String dockerfile = read("docker/Dockerfile");
        assertThat(dockerfile)
                .contains("COPY --from=build /src/web/target/marquee.war marquee.war")
                .contains("COPY --from=build /src/web/target/payara-micro.jar payara-micro.jar")
                .contains("COPY web/src/main/payara/preboot.asadmin preboot.asadmin")
                .contains("./mvnw -B -q -DskipTests package")
                .contains("HEALTHCHECK")
                .contains("/health/ready")
                .containsPattern("(?m)^USER marquee$")
                .containsPattern("(?m)^VOLUME /var/lib/marquee$");
        String entrypoint = dockerfile.substring(dockerfile.indexOf("ENTRYPOINT"));
        Matcher options = Pattern.compile("<argument>(--[a-z]+)</argument>")
                .matcher(read("web/pom.xml").substring(read("web/pom.xml").indexOf("<id>run-marquee</id>")));
        Set<String> runOptions = new TreeSet<>();
        while (options.find()) {
            runOptions.add(options.group(1));
        }
        assertThat(runOptions).contains("--prebootcommandfile", "--deploy", "--contextroot", "--nocluster");
        runOptions.forEach(option -> assertThat(entrypoint).contains("\"" + option + "\""));
        assertThat(entrypoint).contains("\"--contextroot\", \"/\"");
    }

    /**
     * Every configuration key named in the main sources, as MicroProfile Config's environment variable,
     * and every variable the sources name themselves ({@code "MARQUEE_..."}).
     */
    static Set<String> variablesMarqueeReads() {
        Pattern key = Pattern.compile("((?:marquee|mp\\.jwt)\\.[a-z0-9][a-z0-9.-]*[a-z0-9])");
        Pattern variable = Pattern.compile("\"((?:MARQUEE|MP_JWT)_[A-Z0-9_]+)\"");
        Set<String> names = new TreeSet<>();
        for (String module : new String[] {"persistence", "web"}) {
            try (Stream<Path> files = Files.walk(ROOT.resolve(module).resolve("src/main"))) {
                files.filter(Files::isRegularFile)
                        .map(DockerConfigurationTest::read)
                        .forEach(text -> {
                            Matcher m = key.matcher(text);
                            while (m.find()) {
                                names.add(m.group(1)
                                        .replaceAll("[^A-Za-z0-9]", "_")
                                        .toUpperCase(Locale.ROOT));
                            }
                            Matcher v = variable.matcher(text);
                            while (v.find()) {
                                names.add(v.group(1));
                            }
                        });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        assertThat(names)
                .contains(
                        "MARQUEE_DB_URL",
                        "MARQUEE_DB_POOL_MAX_SIZE",
                        "MARQUEE_JWT_SIGNING_KEY",
                        "MARQUEE_SAMPLE_DATA",
                        "MP_JWT_VERIFY_ISSUER");
        return names;
    }

    /** The names set by the Dockerfile's ENV instructions (one or more NAME=value, continued lines too). */
    static Set<String> dockerfileVariables(String dockerfile) {
        String joined = dockerfile.replaceAll("\\\\\\R", " ");
        Set<String> names = new TreeSet<>();
        for (String line : joined.lines().toList()) {
            if (line.startsWith("ENV ")) {
                Matcher m = Pattern.compile("(?:^ENV|\\s)+([A-Z_][A-Z0-9_]*)=").matcher(line);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    /** The keys under {@code environment:} of one service of a compose file (block mapping form). */
    static Set<String> composeVariables(String compose, String service) {
        Set<String> names = new TreeSet<>();
        boolean inService = false;
        boolean inEnvironment = false;
        for (String line : compose.lines().toList()) {
            if (line.matches("  [a-z][a-z0-9_-]*:\\s*")) {
                inService = line.strip().equals(service + ":");
                inEnvironment = false;
            } else if (inService && line.matches("    [a-z_]+:.*")) {
                inEnvironment = line.strip().equals("environment:");
            } else if (inService && inEnvironment) {
                Matcher m = Pattern.compile("^      ([A-Za-z_][A-Za-z0-9_]*):").matcher(line);
                if (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    private static String read(String relative) {
        return read(ROOT.resolve(relative));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
