package dev.vigil.it;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * A Liberty server that the build created (pom.xml) but did not start: the test starts it with an
 * environment of its choice, waits until {@code /health/started} is 200, and stops it.
 */
record LibertyServer(String name, int port) {

    private static final Path WLP = Path.of(System.getProperty("vigil.it.wlp-dir", "target/liberty/wlp"));

    String base() {
        return "http://localhost:" + port;
    }

    Path logs() {
        return WLP.resolve("usr/servers/" + name + "/logs");
    }

    void start(Map<String, String> environment) throws IOException, InterruptedException {
        run(List.of("start", name), environment);
        Instant until = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(until)) {
            try {
                if (Api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(base() + "/health/started"))
                                        .GET())
                                .status()
                        == 200) {
                    return;
                }
            } catch (AssertionError notYet) {
                // connection refused while the server starts
            }
            Thread.sleep(250);
        }
        throw new AssertionError(name + " did not start; see " + logs().resolve("messages.log"));
    }

    void stop() throws IOException, InterruptedException {
        run(List.of("stop", name), Map.of());
    }

    private static void run(List<String> arguments, Map<String, String> environment)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder();
        builder.command().add(WLP.resolve("bin/server").toString());
        builder.command().addAll(arguments);
        builder.environment().putAll(environment);
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        if (!process.waitFor(Duration.ofMinutes(2).toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("server " + arguments + " did not finish");
        }
    }
}
