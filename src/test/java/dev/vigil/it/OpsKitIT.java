package dev.vigil.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The ops kit in docs/, end to end against real tools: a Vigil started with production defaults
 * (server {@code vigil-ops}) runs a workload of succeeding, failing, timing-out and slow agents
 * while a real Prometheus scrapes it with docs/prometheus/prometheus.yml and evaluates
 * alerts.yml; every query of the Grafana dashboard must then return data, and promtool must pass
 * the rules and their unit tests.
 */
class OpsKitIT {

    static final LibertyServer VIGIL = new LibertyServer("vigil-ops", 9480);
    static final Path DASHBOARD = Path.of("docs/grafana/vigil-dashboard.json");
    static final List<String> AGENTS = List.of("ops-ok", "ops-failing", "ops-slow", "ops-timeout");

    static PrometheusServer prometheus;

    @BeforeAll
    static void startVigilRunWorkloadAndScrape() throws Exception {
        Assumptions.assumeTrue(Tools.onPath("prometheus"), "prometheus (Debian package) is installed by .ci/run");
        VIGIL.start(Map.of());
        create("ops-ok", "[{'skill':'text.template','params':{'template':'hello'}}]", null);
        create("ops-failing", "[{'skill':'json.extract','params':{'pointer':'/missing'}}]", null);
        create("ops-slow", "[{'skill':'wait','params':{'ms':1200}}]", null);
        create("ops-timeout", "[{'skill':'wait','params':{'ms':3000}}]", 300);
        // Once before Prometheus starts, so that every series exists at its first scrape: a counter
        // that first appears with its final value shows no increase to rate().
        workload(1);
        prometheus = PrometheusServer.scraping("localhost:" + VIGIL.port(), Path.of("target/opskit-prometheus"));
        prometheus.awaitScrapes(1, Duration.ofSeconds(60));
        workload(8);
        prometheus.awaitScrapes(2, Duration.ofSeconds(30));
    }

    /** Replaces what an earlier run left in the server's embedded database. */
    static void create(String id, String steps, Integer timeoutMillis) {
        Api.createAgentAt(VIGIL.base(), id, steps, timeoutMillis);
    }

    /** {@code rounds} executions of each agent (the slow one in parallel), plus a 404 and a 400 per round. */
    static void workload(int rounds) throws Exception {
        List<String> slow = new ArrayList<>();
        for (int i = 0; i < rounds; i++) {
            Api.Reply accepted = Api.postAt(VIGIL.base(), "/api/agents/ops-slow/executions", "{}");
            assertEquals(202, accepted.status(), accepted.body());
            slow.add(accepted.json().getString("id"));
            for (String agent : List.of("ops-ok", "ops-failing", "ops-timeout")) {
                assertEquals(
                        200,
                        Api.postAt(VIGIL.base(), "/api/agents/" + agent + "/executions?wait=true", "{}")
                                .status());
            }
            assertEquals(
                    404, Api.getAt(VIGIL.base(), "/api/agents/no-such-agent").status());
            assertEquals(
                    400, Api.postAt(VIGIL.base(), "/api/agents", "{not json").status());
        }
        for (String id : slow) {
            JsonObject done = Api.awaitFinalAt(VIGIL.base(), id, Duration.ofSeconds(30));
            assertEquals("succeeded", done.getString("status"), done.toString());
        }
    }

    @AfterAll
    static void stopEverything() throws Exception {
        if (prometheus != null) {
            prometheus.close();
        }
        VIGIL.stop();
    }

    @Test
    void bothJobsAreUpAndApplicationMetricsAreStoredOnce() {
        assertEquals(1, prometheus.value("up{job=\"vigil\"}"));
        assertEquals(1, prometheus.value("up{job=\"vigil-server\"}"));
        double own = Scrape.of(Api.getAt(VIGIL.base(), "/health/metrics").body()).series().entrySet().stream()
                .filter(e -> e.getKey().startsWith("agent_executions_total{"))
                .mapToDouble(Map.Entry::getValue)
                .sum();
        assertEquals(9 * AGENTS.size(), own, "the workload's executions, as Vigil counts them");
        assertEquals(
                own,
                prometheus.value("sum(agent_executions_total)"),
                "scraped once: the server job drops the application scope");
        assertTrue(
                prometheus
                                .query("count by (mp_scope) ({job=\"vigil-server\", mp_scope=~\"base|vendor\"})")
                                .size()
                        == 2,
                "the server job keeps the JVM and server metrics");
    }

    @Test
    void everyDashboardQueryReturnsDataFromTheWorkload() throws IOException {
        JsonObject dashboard = read(DASHBOARD);
        int checked = 0;
        for (JsonObject panel : dashboard.getJsonArray("panels").getValuesAs(JsonObject.class)) {
            if (panel.getString("type").equals("row")) {
                continue;
            }
            for (JsonObject target : panel.getJsonArray("targets").getValuesAs(JsonObject.class)) {
                String promql = substitute(target.getString("expr"));
                JsonArray result = prometheus.query(promql);
                assertFalse(result.isEmpty(), "panel '" + panel.getString("title") + "': no series for " + promql);
                boolean finite = result.getValuesAs(JsonObject.class).stream()
                        .map(series ->
                                Double.parseDouble(series.getJsonArray("value").getString(1)))
                        .anyMatch(Double::isFinite);
                assertTrue(finite, "panel '" + panel.getString("title") + "': only NaN for " + promql + ": " + result);
                checked++;
            }
        }
        assertTrue(checked >= 20, checked + " queries");
    }

    @Test
    void everyDashboardVariableHasValues() throws IOException {
        Pattern labelValues = Pattern.compile("label_values\\((.+),\\s*(\\w+)\\)");
        for (JsonObject variable :
                read(DASHBOARD).getJsonObject("templating").getJsonArray("list").getValuesAs(JsonObject.class)) {
            if (!variable.getString("type").equals("query")) {
                continue;
            }
            Matcher query = labelValues.matcher(variable.getString("definition"));
            assertTrue(query.matches(), variable.toString());
            JsonArray values =
                    prometheus.query("count by (" + query.group(2) + ") (" + substitute(query.group(1)) + ")");
            assertFalse(values.isEmpty(), "variable " + variable.getString("name") + " would offer nothing");
        }
    }

    /** The dashboard's variables as Grafana fills them by default: the shipped jobs, every instance and agent. */
    static String substitute(String promql) {
        return promql.replace("$__rate_interval", "1m")
                .replace("$server_job", "vigil-server")
                .replace("$job", "vigil")
                .replace("$instance", ".*")
                .replace("$agent", ".*");
    }

    @Test
    void everyAlertRuleLoadsAndEvaluatesCleanly() throws IOException {
        Set<String> shipped = new TreeSet<>();
        for (Map<String, Object> group : groups()) {
            for (Map<String, Object> rule : rules(group)) {
                shipped.add((String) rule.get("alert"));
            }
        }
        Set<String> loaded = new TreeSet<>();
        for (JsonObject group :
                prometheus.get("/api/v1/rules").getJsonArray("groups").getValuesAs(JsonObject.class)) {
            for (JsonObject rule : group.getJsonArray("rules").getValuesAs(JsonObject.class)) {
                assertEquals("ok", rule.getString("health"), rule.toString());
                assertTrue(rule.containsKey("lastEvaluation"), rule.toString());
                loaded.add(rule.getString("name"));
            }
        }
        assertEquals(shipped, loaded);
        assertTrue(shipped.size() >= 10, shipped.toString());
    }

    @Test
    void theFailingAgentRaisesItsAlertAndNothingElseFires() {
        List<JsonObject> alerts = prometheus.alerts();
        assertTrue(
                alerts.stream()
                        .anyMatch(alert -> alert.getString("alertname").equals("VigilAgentFailureRatioHigh")
                                && alert.getString("agent_id").equals("ops-failing")),
                "failure ratio alert pending for ops-failing: " + alerts);
        assertTrue(
                alerts.stream()
                        .noneMatch(alert -> alert.getString("agent_id", "").equals("ops-ok")),
                "the healthy agent raises nothing: " + alerts);
        for (String quiet : List.of(
                "VigilDown",
                "VigilNotReady",
                "VigilDiskBelowThreshold",
                "VigilHttpServerErrors",
                "VigilLogLinesDropped")) {
            assertTrue(
                    alerts.stream()
                            .noneMatch(alert -> alert.getString("alertname").equals(quiet)),
                    quiet + " must not be active on a healthy instance: " + alerts);
        }
    }

    /**
     * The rule unit tests are only as good as their input: every series alerts.test.yml feeds to
     * promtool must exist, with the same metric name, job and label names, in what the real
     * Prometheus scraped from the real Vigil.
     */
    @Test
    void theRuleUnitTestsUseSeriesThatVigilReallyExports() throws IOException {
        Pattern series = Pattern.compile("([a-zA-Z_:][a-zA-Z0-9_:]*)\\{(.*)}");
        Pattern label = Pattern.compile("(\\w+)=\"([^\"]*)\"");
        Set<String> checked = new TreeSet<>();
        for (Map<String, Object> test :
                listOf(yaml(PrometheusServer.DOCS.resolve("alerts.test.yml")).get("tests"))) {
            for (Map<String, Object> input : listOf(test.get("input_series"))) {
                Matcher parsed = series.matcher((String) input.get("series"));
                assertTrue(parsed.matches(), input.toString());
                StringBuilder selector = new StringBuilder(parsed.group(1)).append('{');
                Matcher labels = label.matcher(parsed.group(2));
                while (labels.find()) {
                    String value = labels.group(1).equals("job") ? labels.group(2) : ".+";
                    selector.append(labels.group(1))
                            .append("=~\"")
                            .append(value)
                            .append("\",");
                }
                String query = selector.append('}').toString();
                if (checked.add(query)) {
                    assertFalse(
                            prometheus.query(query).isEmpty(),
                            "alerts.test.yml uses " + input.get("series") + " but Prometheus has no " + query);
                }
            }
        }
        assertTrue(checked.size() >= 10, checked.toString());
    }

    @Test
    void promtoolPassesTheConfigTheRulesAndTheirUnitTests() throws Exception {
        assertPromtool("check", "config", "prometheus.yml");
        assertPromtool("check", "rules", "alerts.yml");
        assertPromtool("test", "rules", "alerts.test.yml");
    }

    static void assertPromtool(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("promtool"));
        command.addAll(List.of(arguments));
        Process promtool = new ProcessBuilder(command)
                .directory(PrometheusServer.DOCS.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(promtool.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(promtool.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, promtool.exitValue(), String.join(" ", command) + ":\n" + output);
        assertTrue(output.contains("SUCCESS"), output);
    }

    /**
     * No container engine here, so docs/container/Containerfile cannot be built; what can be
     * checked is that it starts from the Liberty release the tests ran on and that every file it
     * copies is one the build produced (or one of the repository's).
     */
    @Test
    void theContainerfileUsesTheTestedLibertyAndCopiesWhatTheBuildProduced() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("docs/container/Containerfile"));
        java.util.Properties product = new java.util.Properties();
        try (var in = Files.newInputStream(Path.of(
                System.getProperty("vigil.it.wlp-dir", "target/liberty/wlp"), "lib/versions/openliberty.properties"))) {
            product.load(in);
        }
        String from = lines.stream()
                .filter(line -> line.startsWith("FROM "))
                .findFirst()
                .orElseThrow();
        assertTrue(
                from.startsWith("FROM icr.io/appcafe/open-liberty:"
                        + product.getProperty("com.ibm.websphere.productVersion") + "-"),
                from + " vs the tested runtime " + product);
        int copied = 0;
        for (String line :
                lines.stream().filter(line -> line.startsWith("COPY ")).toList()) {
            String[] words = line.split("\\s+");
            for (int i = 1; i < words.length - 1; i++) {
                if (!words[i].startsWith("--")) {
                    Path source = Path.of(words[i]);
                    assertTrue(Files.exists(source), line + ": " + source + " does not exist after the build");
                    if (Files.isDirectory(source)) {
                        try (var jars = Files.list(source)) {
                            assertTrue(jars.count() >= 5, source + " holds the Derby and PostgreSQL drivers");
                        }
                    }
                    copied++;
                }
            }
        }
        assertTrue(
                Files.exists(Path.of("target/jdbc/postgresql.jar")) && Files.exists(Path.of("target/jdbc/derby.jar")));
        assertEquals(4, copied, "server.xml, bootstrap.properties, the drivers, the WAR");
    }

    /** The ECS container health check is a shell command: run it, as ECS would, against this Vigil and against a closed port. */
    @Test
    void theEcsHealthCheckCommandPassesOnALiveVigilAndFailsOnADeadPort() throws Exception {
        String command = read(Path.of("docs/ecs/task-definition.json"))
                .getJsonArray("containerDefinitions")
                .getJsonObject(0)
                .getJsonObject("healthCheck")
                .getJsonArray("command")
                .getString(1);
        assertEquals(0, shell(command.replace("/9080", "/" + VIGIL.port())), "healthy: " + command);
        assertTrue(shell(command.replace("/9080", "/" + Tools.freePort())) != 0, "no server, no health");
    }

    static int shell(String command) throws Exception {
        Process process = new ProcessBuilder("sh", "-c", command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        assertTrue(process.waitFor(20, TimeUnit.SECONDS), command);
        return process.exitValue();
    }

    static JsonObject read(Path json) throws IOException {
        try (var reader = Json.createReader(new StringReader(Files.readString(json)))) {
            return reader.readObject();
        }
    }

    /** SnakeYAML comes with Liquibase (compile scope, in the WAR); the tests use the same parser. */
    static Map<String, Object> yaml(Path file) throws IOException {
        return new Yaml().load(Files.readString(file));
    }

    static List<Map<String, Object>> groups() throws IOException {
        return listOf(yaml(PrometheusServer.DOCS.resolve("alerts.yml")).get("groups"));
    }

    static List<Map<String, Object>> rules(Map<String, Object> group) {
        return listOf(group.get("rules"));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> listOf(Object yamlList) {
        return (List<Map<String, Object>>) yamlList;
    }
}
