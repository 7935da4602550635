package dev.vigil.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.monitoring.health.control.HealthSettings;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * The ops kit's files parse, and what they say about Vigil agrees with Vigil: paths, ports,
 * configuration names, probe timings against the health deadlines, scrape jobs against
 * docs/prometheus/prometheus.yml. (OpsKitIT runs the Prometheus parts against a real server.)
 */
class OpsDocsTest {

    static final Path DOCS = Path.of("docs");

    @Test
    void everyYamlAndJsonFileInDocsParses() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(DOCS)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> f.toString().matches(".*\\.(ya?ml|json)$"))
                    .toList();
        }
        assertTrue(files.size() >= 10, files.toString());
        for (Path file : files) {
            String text = Files.readString(file);
            if (file.toString().endsWith(".json")) {
                assertNotNull(json(file), file.toString());
            } else {
                int documents = 0;
                for (Object document : new Yaml().loadAll(text)) {
                    assertNotNull(document, file + ": empty document");
                    documents++;
                }
                assertTrue(documents >= 1, file.toString());
            }
        }
    }

    @Test
    void kubernetesProbesUseVigilsPathsAndOutlastItsDeadlines() throws Exception {
        Map<String, Object> container = container();
        assertEquals(
                httpPort(), ((Number) map(list(container.get("ports")).get(0)).get("containerPort")).intValue());

        long checkTimeout = defaultOf("checkTimeoutMillis");
        long databaseTimeout = defaultOf("databaseTimeoutMillis");
        long cacheTtl = defaultOf("cacheTtlMillis");
        Map<String, Object> readiness = map(container.get("readinessProbe"));
        Map<String, Object> liveness = map(container.get("livenessProbe"));
        Map<String, Object> startup = map(container.get("startupProbe"));
        assertEquals("/health/ready", path(readiness));
        assertEquals("/health/live", path(liveness));
        assertEquals("/health/started", path(startup));
        for (Map<String, Object> probe : List.of(readiness, liveness, startup)) {
            assertTrue(
                    seconds(probe, "timeoutSeconds") * 1000 > Math.max(checkTimeout, databaseTimeout),
                    "Vigil answers with the failing check before the kubelet gives up: " + probe);
        }
        assertTrue(seconds(readiness, "periodSeconds") * 1000 >= cacheTtl, "each readiness probe sees a fresh result");
        assertTrue(
                seconds(startup, "periodSeconds") * seconds(startup, "failureThreshold") >= 120, "time for migrations");
        assertTrue(seconds(liveness, "failureThreshold") >= 3, "one slow answer never restarts the pod");
        assertTrue(map(container.get("lifecycle")).containsKey("preStop"), "a drain before Liberty closes its port");
    }

    @Test
    void kubernetesAndEcsConfigureOnlyWhatVigilReads() throws Exception {
        Set<String> known = knownEnvironment();
        List<String> named = new ArrayList<>();
        list(container().get("env")).forEach(env -> named.add((String) map(env).get("name")));
        JsonObject ecs = json(DOCS.resolve("ecs/task-definition.json"))
                .getJsonArray("containerDefinitions")
                .getJsonObject(0);
        for (String section : List.of("environment", "secrets")) {
            ecs.getJsonArray(section).getValuesAs(JsonObject.class).forEach(env -> named.add(env.getString("name")));
        }
        assertTrue(named.contains("VIGIL_DB_PASSWORD"));
        for (String name : named) {
            assertTrue(known.contains(name), name + " is neither a server.xml variable nor a Vigil configuration key");
        }
    }

    @Test
    void theDatabasePasswordComesFromTheSecret() throws IOException {
        Map<String, Object> secret = yamlOf("kubernetes/secret.yaml");
        Map<String, Object> password = list(container().get("env")).stream()
                .map(OpsDocsTest::map)
                .filter(env -> env.get("name").equals("VIGIL_DB_PASSWORD"))
                .findFirst()
                .orElseThrow();
        Map<String, Object> reference = map(map(password.get("valueFrom")).get("secretKeyRef"));
        assertFalse(password.containsKey("value"), "never a literal password in the Deployment");
        assertEquals(map(secret.get("metadata")).get("name"), reference.get("name"));
        assertTrue(map(secret.get("stringData")).containsKey(reference.get("key")));
    }

    @Test
    void theServiceMonitorScrapesWhatPrometheusYmlScrapes() throws IOException {
        Map<String, String> jobs = new java.util.LinkedHashMap<>();
        for (Object job : list(yamlOf("prometheus/prometheus.yml").get("scrape_configs"))) {
            jobs.put((String) map(job).get("job_name"), (String) map(job).get("metrics_path"));
        }
        Map<String, String> monitored = new java.util.LinkedHashMap<>();
        for (Object endpoint :
                list(map(yamlOf("kubernetes/servicemonitor.yaml").get("spec")).get("endpoints"))) {
            String job = list(map(endpoint).get("relabelings")).stream()
                    .map(OpsDocsTest::map)
                    .filter(r -> "job".equals(r.get("targetLabel")))
                    .map(r -> (String) r.get("replacement"))
                    .findFirst()
                    .orElseThrow();
            monitored.put(job, (String) map(endpoint).get("path"));
            if (job.equals("vigil-server")) {
                Map<String, Object> drop =
                        map(list(map(endpoint).get("metricRelabelings")).get(0));
                assertEquals(List.of("mp_scope"), drop.get("sourceLabels"));
                assertEquals("application", drop.get("regex"));
                assertEquals("drop", drop.get("action"));
            }
        }
        assertEquals(jobs, monitored);
        assertEquals(Set.of("vigil", "vigil-server"), jobs.keySet());
    }

    @Test
    void thePrometheusRuleCarriesTheShippedAlertRulesUnchanged() throws IOException {
        Map<String, Object> rule = yamlOf("kubernetes/prometheusrule.yaml");
        assertEquals("PrometheusRule", rule.get("kind"));
        assertEquals(
                yamlOf("prometheus/alerts.yml"),
                rule.get("spec"),
                "kubernetes/prometheusrule.yaml drifted from prometheus/alerts.yml");
    }

    @Test
    void ecsChecksLivenessOnTheContainerAndReadinessAtTheLoadBalancer() throws Exception {
        JsonObject check = json(DOCS.resolve("ecs/task-definition.json"))
                .getJsonArray("containerDefinitions")
                .getJsonObject(0)
                .getJsonObject("healthCheck");
        String command = check.getJsonArray("command").getString(1);
        assertTrue(
                command.contains("/dev/tcp/127.0.0.1/" + httpPort()) && command.contains("GET /health/live "), command);
        assertTrue(check.getInt("timeout") * 1000L > defaultOf("checkTimeoutMillis"));
        JsonObject targetGroup = json(DOCS.resolve("ecs/target-group-health-check.json"));
        assertEquals("/health/ready", targetGroup.getString("HealthCheckPath"));
        assertTrue(targetGroup.getInt("HealthCheckTimeoutSeconds") * 1000L > defaultOf("checkTimeoutMillis"));
    }

    @Test
    void theDashboardTakesItsDatasourceFromAVariable() throws IOException {
        JsonObject dashboard = json(DOCS.resolve("grafana/vigil-dashboard.json"));
        JsonObject variable =
                dashboard.getJsonObject("templating").getJsonArray("list").getValuesAs(JsonObject.class).stream()
                        .filter(v -> v.getString("type").equals("datasource"))
                        .findFirst()
                        .orElseThrow();
        assertEquals("prometheus", variable.getString("query"));
        String reference = "${" + variable.getString("name") + "}";
        Set<Integer> ids = new HashSet<>();
        int queries = 0;
        for (JsonObject panel : dashboard.getJsonArray("panels").getValuesAs(JsonObject.class)) {
            assertTrue(ids.add(panel.getInt("id")), "unique panel id " + panel.getInt("id"));
            JsonObject grid = panel.getJsonObject("gridPos");
            assertTrue(grid.getInt("x") + grid.getInt("w") <= 24, panel.getString("title"));
            if (panel.getString("type").equals("row")) {
                continue;
            }
            assertEquals(reference, panel.getJsonObject("datasource").getString("uid"), panel.getString("title"));
            for (JsonObject target : panel.getJsonArray("targets").getValuesAs(JsonObject.class)) {
                assertEquals(reference, target.getJsonObject("datasource").getString("uid"), panel.getString("title"));
                assertTrue(
                        target.getString("expr").contains("instance=~\"$instance\""),
                        "every query follows the instance picker: " + target.getString("expr"));
                queries++;
            }
        }
        assertTrue(queries >= 20, queries + " queries");
        assertEquals(JsonValue.NULL, dashboard.get("id"), "importable: no database id");
    }

    // --- what Vigil reads ---------------------------------------------------------------------

    /** server.xml variables, and every MicroProfile Config key of the code in its environment-variable form. */
    static Set<String> knownEnvironment() throws IOException {
        Set<String> known = new HashSet<>();
        Matcher variables = Pattern.compile("<variable name=\"([^\"]+)\"")
                .matcher(Files.readString(Path.of("server-config/server.xml")));
        while (variables.find()) {
            known.add(variables.group(1));
        }
        Pattern key = Pattern.compile("@ConfigProperty\\(name = \"([^\"]+)\"");
        try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
            for (Path source :
                    sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                Matcher found = key.matcher(Files.readString(source));
                while (found.find()) {
                    known.add(found.group(1).replaceAll("[^A-Za-z0-9]", "_").toUpperCase(Locale.ROOT));
                }
            }
        }
        return known;
    }

    static int httpPort() throws IOException {
        Matcher port = Pattern.compile("<variable name=\"http.port\" defaultValue=\"(\\d+)\"")
                .matcher(Files.readString(Path.of("server-config/server.xml")));
        assertTrue(port.find());
        return Integer.parseInt(port.group(1));
    }

    /** The default (milliseconds) of the HealthSettings field, as its @ConfigProperty declares it. */
    static long defaultOf(String field) throws NoSuchFieldException {
        return Long.parseLong(HealthSettings.class
                .getDeclaredField(field)
                .getAnnotation(ConfigProperty.class)
                .defaultValue());
    }

    // --- parsing ------------------------------------------------------------------------------

    static Map<String, Object> container() throws IOException {
        Map<String, Object> spec =
                map(map(map(yamlOf("kubernetes/deployment.yaml").get("spec")).get("template"))
                        .get("spec"));
        return map(list(spec.get("containers")).get(0));
    }

    static String path(Map<String, Object> probe) {
        return (String) map(probe.get("httpGet")).get("path");
    }

    static long seconds(Map<String, Object> probe, String key) {
        return ((Number) probe.get(key)).longValue();
    }

    static Map<String, Object> yamlOf(String relative) throws IOException {
        return new Yaml().load(Files.readString(DOCS.resolve(relative)));
    }

    static JsonObject json(Path file) throws IOException {
        try (var reader = Json.createReader(new StringReader(Files.readString(file)))) {
            return reader.readObject();
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> map(Object yaml) {
        return (Map<String, Object>) yaml;
    }

    @SuppressWarnings("unchecked")
    static List<Object> list(Object yaml) {
        return (List<Object>) yaml;
    }
}
