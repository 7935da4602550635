package dev.vigil.it;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of a Prometheus text exposition: series (name plus labels, as written) to value. */
record Scrape(String text, Map<String, Double> series) {

    /** Label values may hold braces ({@code endpoint="/api/agents/{id}"}): quoted strings are matched whole. */
    private static final Pattern SAMPLE =
            Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?:[^\"}]|\"(?:[^\"\\\\]|\\\\.)*\")*})?\\s+(\\S+)$");

    static Scrape of(String text) {
        Map<String, Double> series = new LinkedHashMap<>();
        for (String line : text.split("\n")) {
            Matcher sample = SAMPLE.matcher(line.trim());
            if (!line.startsWith("#") && sample.matches()) {
                String labels = sample.group(2) == null ? "" : sample.group(2).replace(",}", "}");
                series.put(sample.group(1) + labels, Double.parseDouble(sample.group(3)));
            }
        }
        return new Scrape(text, series);
    }

    static Scrape health() {
        return of(Api.get("/health/metrics").body());
    }

    static Scrape server() {
        return of(Api.get("/metrics?scope=application").body());
    }

    double value(String key) {
        return series.getOrDefault(key, 0.0);
    }

    long count(String metricName) {
        return series.keySet().stream()
                .filter(key -> key.equals(metricName) || key.startsWith(metricName + "{"))
                .count();
    }
}
