package dev.vigil.monitoring.metrics.control;

import io.prometheus.metrics.expositionformats.ExpositionFormatWriter;
import io.prometheus.metrics.expositionformats.OpenMetricsTextFormatWriter;
import io.prometheus.metrics.expositionformats.PrometheusTextFormatWriter;
import io.prometheus.metrics.model.snapshots.ClassicHistogramBuckets;
import io.prometheus.metrics.model.snapshots.CounterSnapshot;
import io.prometheus.metrics.model.snapshots.GaugeSnapshot;
import io.prometheus.metrics.model.snapshots.HistogramSnapshot;
import io.prometheus.metrics.model.snapshots.Labels;
import io.prometheus.metrics.model.snapshots.MetricSnapshot;
import io.prometheus.metrics.model.snapshots.MetricSnapshots;
import io.prometheus.metrics.model.snapshots.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.metrics.Counter;
import org.eclipse.microprofile.metrics.Gauge;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.Metric;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Snapshot;
import org.eclipse.microprofile.metrics.Timer;
import org.eclipse.microprofile.metrics.annotation.RegistryScope;

/**
 * The application registry in Prometheus text (0.0.4) or OpenMetrics, written by the Prometheus
 * client library from snapshots of the MicroProfile metrics — the same output on any server.
 * Counters keep their name plus {@code _total}; timers become histograms in seconds
 * ({@code <name>_seconds_bucket/_sum/_count}) with the buckets of
 * {@code mp.metrics.distribution.timer.buckets}.
 */
@ApplicationScoped
public class PrometheusExposition {

    private static final PrometheusTextFormatWriter TEXT = new PrometheusTextFormatWriter(false);
    private static final OpenMetricsTextFormatWriter OPEN_METRICS = new OpenMetricsTextFormatWriter(false, false);

    @Inject
    @RegistryScope(scope = MetricRegistry.APPLICATION_SCOPE)
    MetricRegistry registry;

    public record Exposition(String contentType, byte[] body) {}

    /** OpenMetrics when the Accept header asks for it, else Prometheus text 0.0.4. */
    public Exposition render(String acceptHeader) {
        ExpositionFormatWriter writer = OPEN_METRICS.accepts(acceptHeader) ? OPEN_METRICS : TEXT;
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        try {
            writer.write(out, snapshots());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Exposition(writer.getContentType(), out.toByteArray());
    }

    MetricSnapshots snapshots() {
        SortedMap<String, List<Map.Entry<MetricID, Metric>>> byName = new TreeMap<>();
        registry.getMetrics()
                .entrySet()
                .forEach(entry -> byName.computeIfAbsent(entry.getKey().getName(), name -> new ArrayList<>())
                        .add(entry));
        MetricSnapshots.Builder snapshots = MetricSnapshots.builder();
        byName.forEach((name, metrics) -> {
            MetricSnapshot snapshot = snapshot(name, registry.getMetadata(name), metrics);
            if (snapshot != null) {
                snapshots.metricSnapshot(snapshot);
            }
        });
        return snapshots.build();
    }

    private static MetricSnapshot snapshot(String name, Metadata metadata, List<Map.Entry<MetricID, Metric>> metrics) {
        String help = metadata == null ? "" : metadata.getDescription();
        Metric first = metrics.get(0).getValue();
        if (first instanceof Counter) {
            CounterSnapshot.Builder counter =
                    CounterSnapshot.builder().name(name).help(help);
            metrics.forEach(e -> counter.dataPoint(CounterSnapshot.CounterDataPointSnapshot.builder()
                    .labels(labels(e.getKey()))
                    .value(((Counter) e.getValue()).getCount())
                    .build()));
            return counter.build();
        }
        if (first instanceof Gauge<?>) {
            GaugeSnapshot.Builder gauge = GaugeSnapshot.builder().name(name).help(help);
            metrics.forEach(e -> {
                Number value = ((Gauge<?>) e.getValue()).getValue();
                gauge.dataPoint(GaugeSnapshot.GaugeDataPointSnapshot.builder()
                        .labels(labels(e.getKey()))
                        .value(value == null ? Double.NaN : value.doubleValue())
                        .build());
            });
            return gauge.build();
        }
        if (first instanceof Timer) {
            HistogramSnapshot.Builder histogram = HistogramSnapshot.builder()
                    .name(name + "_seconds")
                    .help(help)
                    .unit(Unit.SECONDS);
            metrics.forEach(e -> histogram.dataPoint(timer(labels(e.getKey()), (Timer) e.getValue())));
            return histogram.build();
        }
        return null; // Vigil records no other kinds
    }

    /** MicroProfile timer snapshots are in nanoseconds with cumulative bucket counts; Prometheus wants seconds and per-bucket counts. */
    private static HistogramSnapshot.HistogramDataPointSnapshot timer(Labels labels, Timer timer) {
        Snapshot snapshot = timer.getSnapshot();
        long count = timer.getCount();
        Snapshot.HistogramBucket[] buckets = snapshot.bucketValues();
        List<Double> bounds = new ArrayList<>();
        List<Long> counts = new ArrayList<>();
        long below = 0;
        for (Snapshot.HistogramBucket bucket : buckets) {
            if (Double.isInfinite(bucket.getBucket())) {
                continue;
            }
            long cumulative = Math.min(bucket.getCount(), count);
            bounds.add(bucket.getBucket() / TimeUnit.SECONDS.toNanos(1));
            counts.add(Math.max(0, cumulative - below));
            below = Math.max(below, cumulative);
        }
        bounds.add(Double.POSITIVE_INFINITY);
        counts.add(Math.max(0, count - below));
        return HistogramSnapshot.HistogramDataPointSnapshot.builder()
                .labels(labels)
                .classicHistogramBuckets(ClassicHistogramBuckets.of(bounds, counts))
                .sum(timer.getElapsedTime().toNanos() / 1e9)
                .build();
    }

    private static Labels labels(MetricID id) {
        Labels.Builder labels = Labels.builder();
        id.getTags().forEach(labels::label);
        return labels.build();
    }
}
