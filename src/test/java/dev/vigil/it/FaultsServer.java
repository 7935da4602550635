package dev.vigil.it;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** The Liberty server {@code vigil-faults} (created by the build), started and stopped by the test with an environment of its choice. */
final class FaultsServer {

    static final String BASE = "http://localhost:9280";
    private static final Path WLP = Path.of(System.getProperty("vigil.it.wlp-dir", "target/liberty/wlp"));

    private FaultsServer() {
    }

    static void start(Map<String, String> environment) throws IOException, InterruptedException {
        run(List.of("start", "vigil-faults"), environment);
        Instant until = Instant.now().plusSeconds(120);
        while (Instant.now().isBefore(until)) {
            try {
                if (Api.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(BASE + "/health/started")).GET()).status() == 200) {
                    return;
                }
            } catch (AssertionError notYet) {
                // connection refused while the server starts
            }
            Thread.sleep(250);
        }
        throw new AssertionError("vigil-faults did not start; see " + WLP.resolve("usr/servers/vigil-faults/logs/messages.log"));
    }

    static void stop() throws IOException, InterruptedException {
        run(List.of("stop", "vigil-faults"), Map.of());
    }

    private static void run(List<String> arguments, Map<String, String> environment) throws IOException, InterruptedException {
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
