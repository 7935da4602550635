package dev.vigil.monitoring.metrics.control;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.prometheus.PrometheusConfig;
import io.micrometer.prometheus.PrometheusMeterRegistry;
import io.smallrye.metrics.SharedMetricRegistries;
import jakarta.interceptor.InvocationContext;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.concurrent.Callable;
import org.eclipse.microprofile.metrics.MetricRegistry;

/**
 * A real MicroProfile Metrics registry (SmallRye Metrics over Micrometer) outside a server, and a
 * plain {@link InvocationContext} that calls a target method: enough to run the interceptors as
 * the container would, without one.
 */
public final class Registries {

    private static PrometheusMeterRegistry micrometer;

    private Registries() {}

    /** A fresh application registry; SmallRye Metrics records into Micrometer's global registry. */
    public static synchronized MetricRegistry fresh() {
        SharedMetricRegistries.dropAll();
        if (micrometer != null) {
            Metrics.removeRegistry(micrometer);
            micrometer.close();
        }
        micrometer = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        Metrics.addRegistry(micrometer);
        return SharedMetricRegistries.getOrCreate(MetricRegistry.APPLICATION_SCOPE);
    }

    public static VigilMetrics metrics(MetricRegistry registry, int maxLabelValues) {
        VigilMetrics metrics = new VigilMetrics();
        metrics.registry = registry;
        metrics.maxLabelValues = maxLabelValues;
        metrics.register();
        return metrics;
    }

    public static InvocationContext invocation(Method method, Object[] parameters, Callable<Object> target) {
        return new InvocationContext() {
            public Object getTarget() {
                return null;
            }

            public Object getTimer() {
                return null;
            }

            public Method getMethod() {
                return method;
            }

            public Constructor<?> getConstructor() {
                return null;
            }

            public Object[] getParameters() {
                return parameters;
            }

            public void setParameters(Object[] params) {}

            public Map<String, Object> getContextData() {
                return Map.of();
            }

            public Object proceed() throws Exception {
                return target.call();
            }
        };
    }
}
