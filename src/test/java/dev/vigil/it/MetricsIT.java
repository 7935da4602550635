package dev.vigil.it;

import static dev.vigil.it.Api.json;
import static dev.vigil.it.Api.post;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The metrics of a real workload, read back from /health/metrics and from Liberty's /metrics.
 * Test classes run one after another, so the difference between two scrapes is this test's own.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MetricsIT {

    final String run = UUID.randomUUID().toString().substring(0, 6);

    static String series(String name, String labels) {
        return name + "{" + labels + "}";
    }

    @Test
    void succeededFailedAndTimedOutExecutionsAreCountedExactly() throws InterruptedException {
        String ok = "m-ok-" + run;
        String bad = "m-bad-" + run;
        String slow = "m-slow-" + run;
        Api.createAgent(ok, json("[{'skill':'text.template','params':{'template':'hi'}}]"));
        Api.createAgent(bad, json("[{'skill':'json.extract','params':{'pointer':'/missing'}}]"));
        Api.delete("/api/agents/" + slow);
        assertEquals(
                201,
                post(
                                "/api/agents",
                                json(
                                        "{'id':'" + slow
                                                + "','name':'s','timeout_ms':200,'steps':[{'skill':'wait','params':{'ms':3000}}]}"))
                        .status());

        Scrape before = Scrape.health();
        for (int i = 0; i < 3; i++) {
            assertEquals(
                    "succeeded",
                    post("/api/agents/" + ok + "/executions?wait=true", "{}")
                            .json()
                            .getString("status"));
        }
        for (int i = 0; i < 2; i++) {
            assertEquals(
                    "failed",
                    post("/api/agents/" + bad + "/executions?wait=true", "{}")
                            .json()
                            .getString("status"));
        }
        assertEquals(
                "timed_out",
                post("/api/agents/" + slow + "/executions?wait=true", "{}")
                        .json()
                        .getString("status"));
        Scrape after = Scrape.health();

        assertEquals(3, after.value(series("agent_executions_total", "agent_id=\"" + ok + "\",status=\"succeeded\"")));
        assertEquals(2, after.value(series("agent_executions_total", "agent_id=\"" + bad + "\",status=\"failed\"")));
        assertEquals(
                1, after.value(series("agent_executions_total", "agent_id=\"" + slow + "\",status=\"timed_out\"")));
        assertEquals(
                3,
                after.value(series(
                        "agent_execution_duration_seconds_count", "agent_id=\"" + ok + "\",status=\"succeeded\"")));
        assertEquals(
                3,
                after.value(series(
                        "agent_execution_duration_seconds_bucket",
                        "agent_id=\"" + ok + "\",status=\"succeeded\",le=\"+Inf\"")));
        double slowSum = after.value(
                series("agent_execution_duration_seconds_sum", "agent_id=\"" + slow + "\",status=\"timed_out\""));
        assertTrue(
                slowSum >= 0.15 && slowSum < 3,
                "the timed-out run took about its 200 ms deadline (counted from admission): " + slowSum);
        assertEquals(
                0,
                after.value(series(
                        "agent_execution_duration_seconds_bucket",
                        "agent_id=\"" + slow + "\",status=\"timed_out\",le=\"0.1\"")));

        assertDelta(
                before, after, series("skill_executions_total", "skill_id=\"text.template\",status=\"succeeded\""), 3);
        assertDelta(before, after, series("skill_executions_total", "skill_id=\"json.extract\",status=\"failed\""), 2);
        assertDelta(before, after, series("skill_executions_total", "skill_id=\"wait\",status=\"timed_out\""), 1);
        assertDelta(
                before,
                after,
                series(
                        "http_requests_total",
                        "endpoint=\"/api/agents/{id}/executions\",method=\"POST\",status=\"200\""),
                6);
        assertTrue(after.value(series("db_query_duration_seconds_count", "operation=\"execution.insert\"")) >= 6);
        assertEquals(0, after.value("active_agents"));

        // Liberty's own /metrics shows the same numbers for the application scope.
        Scrape server = Scrape.server();
        assertEquals(
                3,
                server.value(series(
                        "agent_executions_total",
                        "agent_id=\"" + ok + "\",mp_scope=\"application\",status=\"succeeded\"")));
        assertEquals(
                2,
                server.value(series(
                        "agent_executions_total",
                        "agent_id=\"" + bad + "\",mp_scope=\"application\",status=\"failed\"")));
        assertEquals(
                1,
                server.value(series(
                        "agent_executions_total",
                        "agent_id=\"" + slow + "\",mp_scope=\"application\",status=\"timed_out\"")));
    }

    static void assertDelta(Scrape before, Scrape after, String key, double expected) {
        assertEquals(expected, after.value(key) - before.value(key), key);
    }

    @Test
    void activeAgentsCountsRunningExecutionsAndReturnsToZero() throws InterruptedException {
        String sleeper = "m-active-" + run;
        Api.createAgent(sleeper, json("[{'skill':'wait','params':{'ms':1500}}]"));
        String id = post("/api/agents/" + sleeper + "/executions", "{}").json().getString("id");
        Instant until = Instant.now().plusSeconds(5);
        double active = 0;
        while (active < 1 && Instant.now().isBefore(until)) {
            active = Scrape.health().value("active_agents");
            Thread.sleep(50);
        }
        assertEquals(1, active, "the running execution is counted");
        Api.awaitFinal(id, Duration.ofSeconds(10));
        assertEquals(0, Scrape.health().value("active_agents"));
    }

    @Test
    @Order(Integer.MAX_VALUE) // uses up the IT server's cap of distinct agent ids: nothing after it may need a new one
    void labelValuesAreCappedAndTheOverflowIsCounted() {
        // The IT server caps distinct values at 30 per metric (pom.xml); 40 new agents pass it for sure.
        for (int i = 0; i < 40; i++) {
            String agent = "m-card-" + run + "-" + i;
            Api.createAgent(agent, json("[{'skill':'wait','params':{'ms':0}}]"));
            assertEquals(
                    200,
                    post("/api/agents/" + agent + "/executions?wait=true", "{}").status());
        }
        Scrape scrape = Scrape.health();
        long agentLabels = scrape.series().keySet().stream()
                .filter(k -> k.startsWith("agent_executions_total{"))
                .map(k -> k.replaceAll(".*agent_id=\"([^\"]*)\".*", "$1"))
                .distinct()
                .count();
        assertTrue(agentLabels <= 31, agentLabels + " distinct agent_id values");
        assertTrue(scrape.value(series("agent_executions_total", "agent_id=\"_other\",status=\"succeeded\"")) >= 10);
        assertTrue(scrape.value(series("vigil_metrics_overflow_total", "metric=\"agent_executions_total\"")) >= 10);
    }

    @Test
    void healthDiskAndCapacityAreGaugesForTheAlerts() {
        Scrape.health(); // the probe gauges run every check; each check's own gauge appears with its first result
        Scrape health = Scrape.health();
        for (String probe : List.of("live", "ready", "started")) {
            assertEquals(
                    1, health.series().get("vigil_health_up{probe=\"" + probe + "\"}"), probe + " in " + health.text());
        }
        for (String check : List.of("heap", "deadlocks", "database", "disk-space", "shutdown", "startup")) {
            assertEquals(
                    1,
                    health.series().get("vigil_health_check_up{check=\"" + check + "\"}"),
                    check + " in " + health.text());
        }
        assertEquals(3, health.series().get("vigil_executions_max_concurrent"), "the IT server's limit");
        assertTrue(
                health.series().get("vigil_disk_free_bytes") > health.series().get("vigil_disk_min_free_bytes"));
        assertEquals(1024L * 1024 * 1024, health.series().get("vigil_disk_min_free_bytes"), "the default threshold");

        Scrape server = Scrape.server();
        assertEquals(
                1, server.series().get("vigil_health_up{mp_scope=\"application\",probe=\"ready\"}"), server.text());
        assertEquals(3, server.series().get("vigil_executions_max_concurrent{mp_scope=\"application\"}"));
    }

    @Test
    void tenThousandRandomPathsShareOneUnmatchedSeries() throws Exception {
        long seriesBefore = Scrape.health().count("http_requests_total");
        HttpClient client =
                HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        List<CompletableFuture<HttpResponse<Void>>> inFlight = new ArrayList<>();
        int notFound = 0;
        for (int i = 0; i < 10_000; i++) {
            HttpRequest request = HttpRequest.newBuilder(URI.create(Api.BASE + "/api/" + UUID.randomUUID() + "/x" + i))
                    .GET()
                    .build();
            inFlight.add(client.sendAsync(request, HttpResponse.BodyHandlers.discarding()));
            if (inFlight.size() == 32) {
                for (var response : inFlight) {
                    notFound += response.get(30, TimeUnit.SECONDS).statusCode() == 404 ? 1 : 0;
                }
                inFlight.clear();
            }
        }
        for (var response : inFlight) {
            notFound += response.get(30, TimeUnit.SECONDS).statusCode() == 404 ? 1 : 0;
        }
        assertEquals(10_000, notFound);
        Scrape after = Scrape.health();
        assertTrue(after.count("http_requests_total") <= seriesBefore + 1, "at most the one 'unmatched' series is new");
        assertTrue(after.value(series("http_requests_total", "endpoint=\"unmatched\",method=\"GET\",status=\"404\""))
                >= 10_000);
    }

    @Test
    void prometheusTextByDefaultAndOpenMetricsWhenAsked() {
        Api.Reply text = Api.get("/health/metrics");
        assertEquals(200, text.status());
        String type = text.header("Content-Type").replace(" ", "");
        assertTrue(type.startsWith("text/plain;") && type.contains("version=0.0.4"), type);
        assertTrue(text.body().contains("# TYPE agent_executions_total counter"), text.body());

        Api.Reply openMetrics = Api.send(HttpRequest.newBuilder(URI.create(Api.BASE + "/health/metrics"))
                .header("Accept", "application/openmetrics-text; version=1.0.0; charset=utf-8")
                .GET());
        assertTrue(
                openMetrics.header("Content-Type").startsWith("application/openmetrics-text"),
                openMetrics.header("Content-Type"));
        assertTrue(openMetrics.body().endsWith("# EOF\n"), "OpenMetrics ends with # EOF");
        assertTrue(openMetrics.body().contains("# TYPE agent_executions counter"), openMetrics.body());
    }

    @Test
    void bothExpositionsPassPromtool() throws IOException, InterruptedException {
        Assumptions.assumeTrue(
                Tools.onPath("promtool"), "promtool (Debian package prometheus) is installed by .ci/run");
        for (String path : List.of("/health/metrics", "/metrics?scope=application")) {
            String body = Api.get(path).body();
            Process promtool = new ProcessBuilder("promtool", "check", "metrics")
                    .redirectErrorStream(true)
                    .start();
            promtool.getOutputStream().write(body.getBytes(StandardCharsets.UTF_8));
            promtool.getOutputStream().close();
            String output = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(promtool.waitFor(30, TimeUnit.SECONDS));
            assertEquals(0, promtool.exitValue(), path + ": " + output);
        }
    }
}
