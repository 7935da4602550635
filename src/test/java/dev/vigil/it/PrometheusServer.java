package dev.vigil.it;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A real Prometheus (Debian's {@code prometheus} package) on a free loopback port, running the
 * shipped docs/prometheus/prometheus.yml and alerts.yml. The only changes to the config: the
 * target address, and 1 s scrape and evaluation intervals so that a test sees scrapes in seconds.
 */
final class PrometheusServer implements AutoCloseable {

    static final Path DOCS = Path.of("docs/prometheus");

    private final Process process;
    private final String base;
    private final Path log;

    private PrometheusServer(Process process, String base, Path log) {
        this.process = process;
        this.base = base;
        this.log = log;
    }

    static PrometheusServer scraping(String target, Path work) throws IOException {
        return scraping(target, work, config -> config);
    }

    /** As {@link #scraping(String, Path)}, with a further change to the configuration text. */
    static PrometheusServer scraping(String target, Path work, java.util.function.UnaryOperator<String> edit)
            throws IOException {
        Files.createDirectories(work);
        String config = Files.readString(DOCS.resolve("prometheus.yml"));
        for (String expected : new String[] {"localhost:9080", "scrape_interval: 15s", "evaluation_interval: 15s"}) {
            if (!config.contains(expected)) {
                throw new AssertionError(
                        "docs/prometheus/prometheus.yml changed shape: no '" + expected + "' to replace");
            }
        }
        config = config.replace("localhost:9080", target)
                .replace("scrape_interval: 15s", "scrape_interval: 1s")
                .replace("evaluation_interval: 15s", "evaluation_interval: 1s");
        config = edit.apply(config);
        Files.writeString(work.resolve("prometheus.yml"), config);
        Files.copy(
                DOCS.resolve("alerts.yml"),
                work.resolve("alerts.yml"),
                java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        int port = Tools.freePort();
        Path log = work.resolve("prometheus.log");
        Process process = new ProcessBuilder(
                        "prometheus",
                        "--config.file=" + work.resolve("prometheus.yml").toAbsolutePath(),
                        "--storage.tsdb.path="
                                + Files.createTempDirectory(work, "tsdb").toAbsolutePath(),
                        "--web.listen-address=127.0.0.1:" + port)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        return new PrometheusServer(process, "http://127.0.0.1:" + port, log);
    }

    /** The result array of an instant query ({@code data.result}); fails on a PromQL error. */
    JsonArray query(String promql) {
        JsonObject data = get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8));
        return data.getJsonArray("result");
    }

    /** The one value of an instant query that must return exactly one series. */
    double value(String promql) {
        JsonArray result = query(promql);
        if (result.size() != 1) {
            throw new AssertionError(promql + " returned " + result);
        }
        return Double.parseDouble(result.getJsonObject(0).getJsonArray("value").getString(1));
    }

    /** The labels of every active alert (pending or firing). */
    List<JsonObject> alerts() {
        return get("/api/v1/alerts").getJsonArray("alerts").getValuesAs(JsonObject.class).stream()
                .map(alert -> alert.getJsonObject("labels"))
                .toList();
    }

    /** {@code data} of a GET on the HTTP API, after checking {@code status} is success. */
    JsonObject get(String pathAndQuery) {
        Api.Reply reply =
                Api.send(HttpRequest.newBuilder(URI.create(base + pathAndQuery)).GET());
        if (reply.status() != 200 || !"success".equals(reply.json().getString("status"))) {
            throw new AssertionError(
                    "Prometheus " + pathAndQuery + " answered " + reply.status() + ": " + reply.body());
        }
        return reply.json().getJsonObject("data");
    }

    /** Waits until every target has been scraped at least {@code scrapes} more times after this call, and is up. */
    void awaitScrapes(int scrapes, Duration within) throws InterruptedException {
        Instant until = Instant.now().plus(within);
        Instant from = Instant.now();
        while (Instant.now().isBefore(until)) {
            Thread.sleep(250);
            try {
                JsonArray targets = get("/api/v1/targets?state=active").getJsonArray("activeTargets");
                boolean all = !targets.isEmpty()
                        && targets.getValuesAs(JsonObject.class).stream()
                                .allMatch(target -> "up".equals(target.getString("health"))
                                        && java.time.OffsetDateTime.parse(target.getString("lastScrape"))
                                                .toInstant()
                                                .isAfter(from.plusMillis(1000L * (scrapes - 1))));
                if (all) {
                    return;
                }
            } catch (AssertionError notYet) {
                // Prometheus still starting
            }
        }
        throw new AssertionError("targets not scraped " + scrapes + " times within " + within + "; see " + log);
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
    }
}
