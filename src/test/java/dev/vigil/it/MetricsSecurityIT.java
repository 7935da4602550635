package dev.vigil.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.HttpURLConnection;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import javax.net.ssl.HttpsURLConnection;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The production recipe for Liberty's /metrics (docs/MONITORING_SETUP.md, "Securing /metrics in
 * production"), run as written: VIGIL_METRICS_AUTH=true with the scrape user of
 * docs/liberty/metrics-users.xml. Plain HTTP and anonymous or wrong credentials get nothing; a
 * real Prometheus using the HTTPS lines commented in docs/prometheus/prometheus.yml scrapes it.
 * The server's certificate is Liberty's self-signed one, so the clients here skip its verification.
 */
class MetricsSecurityIT {

    static final LibertyServer VIGIL = new LibertyServer("vigil-ops", 9480);
    static final int HTTPS_PORT = 9843;
    static final String PASSWORD = "scrape-secret-7d1e";

    @BeforeAll
    static void startWithMetricsAuthentication() throws Exception {
        VIGIL.start(Map.of(
                "VIGIL_METRICS_AUTH",
                "true",
                "VIGIL_METRICS_USERS_FILE",
                Path.of("docs/liberty/metrics-users.xml").toAbsolutePath().toString(),
                "VIGIL_METRICS_PASSWORD",
                PASSWORD));
    }

    @AfterAll
    static void stop() throws Exception {
        VIGIL.stop();
    }

    @Test
    void metricsNeedHttpsAndTheReaderUser() throws Exception {
        HttpURLConnection plain = (HttpURLConnection)
                URI.create(VIGIL.base() + "/metrics").toURL().openConnection();
        plain.setInstanceFollowRedirects(false);
        assertTrue(plain.getResponseCode() != 200, "plain HTTP gives no metrics: " + plain.getResponseCode());
        plain.disconnect();

        assertEquals(401, https("/metrics", null).status());
        assertEquals(401, https("/metrics", "metrics:wrong").status());
        Reply scraped = https("/metrics", "metrics:" + PASSWORD);
        assertEquals(200, scraped.status());
        assertTrue(scraped.body().contains("mp_scope=\"base\""), "JVM metrics for the reader user");

        assertEquals(200, Api.getAt(VIGIL.base(), "/health/metrics").status(), "Vigil's own exposition stays open");
        assertEquals(200, Api.getAt(VIGIL.base(), "/health/ready").status());
    }

    @Test
    void prometheusScrapesItWithTheDocumentedHttpsSettings() throws Exception {
        Assumptions.assumeTrue(Tools.onPath("prometheus"), "prometheus (Debian package) is installed by .ci/run");
        Path work = Files.createDirectories(Path.of("target/metrics-security-prometheus"));
        Path passwordFile = work.resolve("vigil-metrics-password");
        Files.writeString(passwordFile, PASSWORD);
        try (PrometheusServer prometheus = PrometheusServer.scraping(
                "localhost:" + VIGIL.port(), work, config -> httpsServerJob(config, passwordFile))) {
            prometheus.awaitScrapes(2, Duration.ofSeconds(60));
            assertEquals(1, prometheus.value("up{job=\"vigil-server\"}"));
            assertTrue(prometheus.value("count({job=\"vigil-server\", mp_scope=\"base\"})") > 0);
            assertEquals(1, prometheus.value("up{job=\"vigil\"}"));
        }
    }

    /**
     * The job "vigil-server" with the lines that docs/prometheus/prometheus.yml gives as comments for
     * production, uncommented, pointed at the HTTPS port and at the password file, plus
     * insecure_skip_verify for the test server's self-signed certificate.
     */
    static String httpsServerJob(String config, Path passwordFile) {
        List<String> documented = config.lines()
                .filter(line -> line.startsWith("  #   "))
                .map(line -> "    " + line.substring(6))
                .toList();
        assertEquals(2, documented.size(), "scheme and basic_auth, as commented in prometheus.yml: " + documented);
        String job = "  - job_name: vigil-server\n    metrics_path: /metrics\n";
        assertTrue(config.contains(job), config);
        String https = String.join("\n", documented)
                        .replace(
                                "/etc/prometheus/vigil-metrics-password",
                                passwordFile.toAbsolutePath().toString())
                + "\n    tls_config: {insecure_skip_verify: true}\n";
        String edited = config.replace(job, job + https);
        int server = edited.indexOf(job);
        String target = "localhost:" + VIGIL.port();
        int at = edited.indexOf(target, server);
        return edited.substring(0, at) + "localhost:" + HTTPS_PORT + edited.substring(at + target.length());
    }

    record Reply(int status, String body) {}

    static Reply https(String path, String credentials) throws Exception {
        SSLContext trustAll = SSLContext.getInstance("TLS");
        trustAll.init(
                null,
                new TrustManager[] {
                    new X509TrustManager() {
                        public void checkClientTrusted(X509Certificate[] chain, String authType) {}

                        public void checkServerTrusted(X509Certificate[] chain, String authType) {}

                        public X509Certificate[] getAcceptedIssuers() {
                            return new X509Certificate[0];
                        }
                    }
                },
                null);
        HttpsURLConnection connection = (HttpsURLConnection)
                URI.create("https://localhost:" + HTTPS_PORT + path).toURL().openConnection();
        connection.setSSLSocketFactory(trustAll.getSocketFactory());
        connection.setHostnameVerifier((host, session) -> true);
        if (credentials != null) {
            connection.setRequestProperty(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)));
        }
        int status = connection.getResponseCode();
        var stream = status < 400 ? connection.getInputStream() : connection.getErrorStream();
        String body = stream == null ? "" : new String(stream.readAllBytes(), StandardCharsets.UTF_8);
        connection.disconnect();
        return new Reply(status, body);
    }
}
