package app.marquee.it.server;

import static org.assertj.core.api.Assertions.assertThat;

import app.marquee.it.Http;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The built WAR on full Payara Server 6, deployed the way the README's "Deploying to Payara Server"
 * tells an operator to: a new domain on free ports, Marquee's database settings as MicroProfile
 * Config properties of the domain, descriptor validation off, {@code asadmin deploy}. One domain
 * start for the whole class; it is stopped (killed if need be) and deleted afterwards.
 */
class PayaraServerIT {

    private static final String DOMAIN = "marquee-smoke";
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(4);

    private static Path asadmin;
    private static Path domains;
    private static int portBase;
    private static URI base;
    private static final HttpClient HTTP = Http.client().build();

    @BeforeAll
    static void deployMarqueeOnANewDomain() throws Exception {
        Path home = Path.of(System.getProperty("payara.server.home"));
        asadmin = home.resolve("bin/asadmin");
        assertThat(asadmin).as("unpacked by the build (web/pom.xml)").isRegularFile();
        domains = Path.of(System.getProperty("payara.server.domains"));
        deleteRecursively(domains);
        Files.createDirectories(domains);
        portBase = freePortBase();
        int adminPort = portBase + 48;
        base = URI.create("http://127.0.0.1:" + (portBase + 80) + "/");

        run(
                "create-domain",
                "--nopassword=true",
                "--portbase",
                Integer.toString(portBase),
                "--domaindir",
                domains.toString(),
                DOMAIN);
        run("start-domain", "--domaindir", domains.toString(), DOMAIN);
        String port = Integer.toString(adminPort);
        for (String[] property : new String[][] {
            {"marquee.db.url", System.getProperty("test.db.direct-url")},
            {"marquee.db.user", System.getProperty("test.db.user")},
            {"marquee.db.password", System.getProperty("test.db.password")},
            {"marquee.db.pool.size", "2"},
            {"marquee.db.pool.max-size", "4"},
            {"marquee.url", base.toString()}
        }) {
            run(
                    "--port",
                    port,
                    "set-config-property",
                    "--source=domain",
                    "--propertyName=" + property[0],
                    "--propertyValue=" + property[1]);
        }
        run("--port", port, "set", "configs.config.server-config.admin-service.das-config.deploy-xml-validation=none");
        run("--port", port, "set-log-levels", "org.hibernate.orm.deprecation=SEVERE");
        run("--port", port, "deploy", "--contextroot", "/", "--name", "marquee", System.getProperty("marquee.war"));
    }

    @AfterAll
    static void stopAndDeleteTheDomain() throws Exception {
        if (asadmin != null && domains != null) {
            try {
                run("stop-domain", "--kill=true", "--domaindir", domains.toString(), DOMAIN);
            } finally {
                // The server's log outlives the domain, for whoever has to find out why this failed.
                Path log = domains.resolve(DOMAIN).resolve("logs/server.log");
                if (Files.exists(log)) {
                    Files.copy(
                            log,
                            domains.resolveSibling("payara-server-smoke.log"),
                            StandardCopyOption.REPLACE_EXISTING);
                }
                deleteRecursively(domains);
            }
        }
    }

    @Test
    void startupSummaryNamesTheDomainsDatabaseAndAddressAndMarqueesWarningsAreGone() throws Exception {
        String log = Files.readString(domains.resolve(DOMAIN).resolve("logs/server.log"));
        assertThat(log)
                .contains("is ready with")
                .contains("database: " + System.getProperty("test.db.direct-url"))
                .contains("pool: 2 steady, 4 at most")
                .contains(": " + base + "\n")
                .doesNotContain("HHH90000029");
    }

    @Test
    void moviesPageIsServed() throws Exception {
        HttpResponse<String> page = get("movies");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.body()).contains("<h1>Movies</h1>");
    }

    @Test
    void apiAnswersWithJson() throws Exception {
        HttpResponse<String> movies = get("api/movies?size=1");
        assertThat(movies.statusCode()).as(movies.body()).isEqualTo(200);
        assertThat(movies.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("application/json"));
        assertThat(movies.body()).contains("\"items\":").contains("\"totalPages\":");
    }

    @Test
    void readinessReportsTheDatabaseUpAndThePoolTakesItsSettingsFromTheDomain() throws Exception {
        HttpResponse<String> ready = get("health/ready");
        assertThat(ready.statusCode()).as(ready.body()).isEqualTo(200);
        assertThat(ready.body()).contains("\"name\":\"database\"").contains("\"status\":\"UP\"");
        HttpResponse<String> metrics = get("metrics");
        assertThat(metrics.body()).contains("marquee_db_pool_max_size{mp_scope=\"application\"} 4");
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(base.resolve(path))
                        .timeout(Duration.ofSeconds(60))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** Runs asadmin and fails with its output when it does not succeed. */
    private static void run(String... arguments) throws IOException, InterruptedException {
        // Through sh: the unpacked script may have lost its executable bit.
        List<String> command = new ArrayList<>(List.of("sh", asadmin.toString(), "--interactive=false"));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile("asadmin", ".log");
        ProcessBuilder builder =
                new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(output.toFile());
        // Failsafe gives this JVM the container tests' MARQUEE_* and MP_JWT_* variables; the domain
        // (started from here) would inherit them, and environment variables outrank its properties.
        builder.environment().keySet().removeIf(name -> name.startsWith("MARQUEE_") || name.startsWith("MP_JWT_"));
        Process process = builder.start();
        boolean done = process.waitFor(COMMAND_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
        String printed = Files.readString(output, StandardCharsets.UTF_8);
        Files.deleteIfExists(output);
        if (!done) {
            process.destroyForcibly();
        }
        assertThat(done && process.exitValue() == 0)
                .as("asadmin %s%n%s", String.join(" ", arguments), printed)
                .isTrue();
    }

    /**
     * A port base whose hundred ports are free: create-domain puts the admin port at +48, HTTP at +80
     * and the other listeners in between. Ports away from the defaults, so nobody's 8080 or 4848 is hit.
     */
    private static int freePortBase() {
        for (int attempt = 0; attempt < 50; attempt++) {
            int candidate = ThreadLocalRandom.current().nextInt(200, 600) * 100;
            if (allFree(candidate, candidate + 99)) {
                return candidate;
            }
        }
        throw new IllegalStateException("no free range of 100 ports found");
    }

    private static boolean allFree(int from, int to) {
        for (int port = from; port <= to; port++) {
            try (ServerSocket socket = new ServerSocket()) {
                socket.bind(new InetSocketAddress(port));
            } catch (IOException taken) {
                return false;
            }
        }
        return true;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
