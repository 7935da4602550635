package dev.vigil.monitoring.metrics.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.skills.control.WaitSkill;
import dev.vigil.skills.entity.Skill;
import dev.vigil.skills.entity.SkillCall;
import dev.vigil.skills.entity.SkillException;
import dev.vigil.skills.entity.SkillTimeoutException;
import jakarta.json.Json;
import java.lang.reflect.Method;
import java.time.Instant;
import org.eclipse.microprofile.metrics.MetricID;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The interceptors against a real MicroProfile Metrics registry. */
class InterceptorsTest {

    MetricRegistry registry;
    VigilMetrics metrics;
    Skill skill = new WaitSkill(10);
    Method anyMethod = Object.class.getMethods()[0];

    @BeforeEach
    void freshRegistry() {
        registry = Registries.fresh();
        metrics = Registries.metrics(registry, 3);
    }

    long count(String name, Tag... tags) {
        var counter = registry.getCounters().get(new MetricID(name, tags));
        return counter == null ? 0 : counter.getCount();
    }

    Object[] skillCall() {
        return new Object[] {
            skill,
            new SkillCall(
                    Json.createObjectBuilder().build(), null, Instant.now().plusSeconds(1))
        };
    }

    @Test
    void aSkillThatReturnsIsCountedAsSucceededAndTimed() throws Exception {
        SkillMetricsInterceptor cut = new SkillMetricsInterceptor();
        cut.metrics = metrics;
        Object result = cut.measure(Registries.invocation(anyMethod, skillCall(), () -> "out"));
        assertEquals("out", result);
        assertEquals(1, count("skill_executions", new Tag("skill_id", "wait"), new Tag("status", "succeeded")));
        assertEquals(
                1,
                registry.getTimers()
                        .get(new MetricID(
                                "skill_execution_duration",
                                new Tag("skill_id", "wait"),
                                new Tag("status", "succeeded")))
                        .getCount());
    }

    @Test
    void failuresAndTimeoutsAreCountedAndRethrownUnchanged() {
        SkillMetricsInterceptor cut = new SkillMetricsInterceptor();
        cut.metrics = metrics;
        SkillException failure = new SkillException("no");
        assertSame(
                failure,
                assertThrows(
                        SkillException.class,
                        () -> cut.measure(Registries.invocation(anyMethod, skillCall(), () -> {
                            throw failure;
                        }))));
        SkillTimeoutException timeout = new SkillTimeoutException("late");
        assertSame(
                timeout,
                assertThrows(
                        SkillTimeoutException.class,
                        () -> cut.measure(Registries.invocation(anyMethod, skillCall(), () -> {
                            throw timeout;
                        }))));
        IllegalStateException bug = new IllegalStateException("bug");
        assertSame(
                bug,
                assertThrows(
                        IllegalStateException.class,
                        () -> cut.measure(Registries.invocation(anyMethod, skillCall(), () -> {
                            throw bug;
                        }))));
        assertEquals(2, count("skill_executions", new Tag("skill_id", "wait"), new Tag("status", "failed")));
        assertEquals(1, count("skill_executions", new Tag("skill_id", "wait"), new Tag("status", "timed_out")));
    }

    record Run(String agentId) implements MeasuredExecution.Subject {}

    record Ended(String statusName) implements MeasuredExecution.Result {}

    @Test
    void anExecutionIsCountedByItsFinalStatusAndActiveAgentsReturnsToZero() throws Exception {
        ExecutionMetricsInterceptor cut = new ExecutionMetricsInterceptor();
        cut.metrics = metrics;
        var active = registry.getGauges().get(new MetricID("active_agents"));
        Object[] run = {new Run("greeter")};
        cut.measure(Registries.invocation(anyMethod, run, () -> {
            assertEquals(1L, active.getValue().longValue(), "counted while it runs");
            return new Ended("timed_out");
        }));
        assertThrows(
                RuntimeException.class,
                () -> cut.measure(Registries.invocation(anyMethod, run, () -> {
                    throw new RuntimeException("crash");
                })));
        assertEquals(1, count("agent_executions", new Tag("agent_id", "greeter"), new Tag("status", "timed_out")));
        assertEquals(1, count("agent_executions", new Tag("agent_id", "greeter"), new Tag("status", "failed")));
        assertEquals(0L, active.getValue().longValue());
    }

    @Test
    void overflowCountersExistAtZeroBeforeAnyOverflow() {
        for (String metric : new String[] {"agent_executions_total", "skill_executions_total"}) {
            assertNotNull(
                    registry.getCounters().get(new MetricID("vigil_metrics_overflow", new Tag("metric", metric))),
                    metric);
            assertEquals(0, count("vigil_metrics_overflow", new Tag("metric", metric)));
        }
    }

    @Test
    void agentIdsBeyondTheCapAreRecordedAsOtherAndCounted() {
        for (int i = 0; i < 10; i++) {
            metrics.agentExecution("agent-" + i, "succeeded", java.time.Duration.ofMillis(1));
        }
        assertEquals(
                7, count("agent_executions", new Tag("agent_id", LabelGuard.OTHER), new Tag("status", "succeeded")));
        assertEquals(7, count("vigil_metrics_overflow", new Tag("metric", "agent_executions_total")));
    }

    @Test
    void aFailingMetricUpdateNeverFailsTheBusinessCall() throws Exception {
        metrics.registry = null; // every update now throws inside VigilMetrics
        SkillMetricsInterceptor cut = new SkillMetricsInterceptor();
        cut.metrics = metrics;
        assertEquals("still works", cut.measure(Registries.invocation(anyMethod, skillCall(), () -> "still works")));
    }
}
