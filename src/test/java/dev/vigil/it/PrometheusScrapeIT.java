package dev.vigil.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * A real Prometheus (Debian's package) scrapes the IT server with docs/prometheus/prometheus.yml,
 * changed only in its target port and a 1 s interval, and answers PromQL with Vigil's numbers.
 */
class PrometheusScrapeIT {

    @Test
    void prometheusScrapesBothEndpointsAndSumsTheExecutions() throws Exception {
        Assumptions.assumeTrue(Tools.onPath("prometheus"), "prometheus (Debian package) is installed by .ci/run");
        Api.createAgent("scraped", Api.json("[{'skill':'wait','params':{'ms':1}}]"));
        for (int i = 0; i < 3; i++) {
            assertEquals(200, Api.post("/api/agents/scraped/executions?wait=true", "{}").status());
        }
        double expected = Scrape.health().series().entrySet().stream()
                .filter(e -> e.getKey().startsWith("agent_executions_total{")).mapToDouble(java.util.Map.Entry::getValue).sum();

        Path work = Files.createDirectories(Path.of("target/prometheus-it"));
        String config = Files.readString(Path.of("docs/prometheus/prometheus.yml"))
                .replace("localhost:9080", URI.create(Api.BASE).getAuthority())
                .replace("scrape_interval: 15s", "scrape_interval: 1s");
        Path configFile = work.resolve("prometheus.yml");
        Files.writeString(configFile, config);
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Process prometheus = new ProcessBuilder("prometheus", "--config.file=" + configFile.toAbsolutePath(),
                "--storage.tsdb.path=" + Files.createTempDirectory(work, "tsdb").toAbsolutePath(),
                "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true).redirectOutput(work.resolve("prometheus.log").toFile()).start();
        try {
            String base = "http://127.0.0.1:" + port;
            Instant until = Instant.now().plusSeconds(60);
            double scraped = -1;
            boolean bothUp = false;
            while (Instant.now().isBefore(until) && !(bothUp && scraped == expected)) {
                Thread.sleep(500);
                try {
                    bothUp = query(base, "sum(up{job=~\"vigil|vigil-server\"})") == 2;
                    scraped = query(base, "sum(agent_executions_total{job=\"vigil\"})");
                } catch (AssertionError | IOException notYet) {
                    // Prometheus still starting, or no sample yet
                }
            }
            assertTrue(bothUp, "both scrape targets up; see " + work.resolve("prometheus.log"));
            assertEquals(expected, scraped, "sum(agent_executions_total) as Prometheus sees it");
            assertEquals(expected, query(base, "sum(agent_executions_total{job=\"vigil-server\",mp_scope=\"application\"})"),
                    "the server's /metrics agrees");
        } finally {
            prometheus.destroy();
            prometheus.waitFor(10, TimeUnit.SECONDS);
        }
    }

    /** The single value of an instant query, or an AssertionError while there is none. */
    static double query(String base, String promql) throws IOException {
        Api.Reply reply = Api.send(HttpRequest.newBuilder(URI.create(base + "/api/v1/query?query="
                + URLEncoder.encode(promql, StandardCharsets.UTF_8))).GET());
        if (reply.status() != 200) {
            throw new IOException("Prometheus answered " + reply.status());
        }
        JsonObject data = reply.json().getJsonObject("data");
        if (data.getJsonArray("result").isEmpty()) {
            throw new AssertionError("no result for " + promql);
        }
        return Double.parseDouble(data.getJsonArray("result").getJsonObject(0).getJsonArray("value").getString(1));
    }
}
