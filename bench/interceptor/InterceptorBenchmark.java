import dev.vigil.monitoring.metrics.control.Registries;
import dev.vigil.monitoring.metrics.control.VigilMetrics;
import dev.vigil.skills.entity.Skill;
import dev.vigil.skills.entity.SkillCall;
import dev.vigil.skills.entity.SkillParameter;
import jakarta.interceptor.InvocationContext;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.lang.reflect.Method;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * Cost of one skill call through Vigil's metrics interceptor vs. the same call made directly, in
 * one process and one run: the interceptor's own work (two label lookups, a counter, a timer,
 * the cardinality guard) against a real MicroProfile Metrics registry (SmallRye Metrics). The
 * CDI proxy's dispatch, the same for any interceptor, is not part of it.
 */
public class InterceptorBenchmark {

    static final class EchoSkill implements Skill {
        public String id() {
            return "echo";
        }

        public String description() {
            return "returns its input";
        }

        public List<SkillParameter> parameters() {
            return List.of();
        }

        public JsonValue execute(SkillCall call) {
            return call.input();
        }
    }

    public static void main(String[] args) throws Exception {
        int calls = args.length > 0 ? Integer.parseInt(args[0]) : 2_000_000;
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 7;
        VigilMetrics metrics = Registries.metrics(Registries.fresh(), 200);
        var interceptor = new dev.vigil.monitoring.metrics.control.SkillMetricsInterceptor();
        java.lang.reflect.Field field = interceptor.getClass().getDeclaredField("metrics");
        field.setAccessible(true);
        field.set(interceptor, metrics);
        Method measure = interceptor.getClass().getDeclaredMethod("measure", InvocationContext.class);
        measure.setAccessible(true);

        Skill skill = new EchoSkill();
        SkillCall call = new SkillCall(
                Json.createObjectBuilder().add("n", 1).build(),
                null,
                Instant.now().plusSeconds(3600));
        Method execute = Skill.class.getMethod("execute", SkillCall.class);
        InvocationContext invocation =
                Registries.invocation(execute, new Object[] {skill, call}, () -> skill.execute(call));

        double[] plain = new double[rounds];
        double[] measured = new double[rounds];
        long sink = 0;
        for (int round = -2; round < rounds; round++) { // two warm-up rounds
            long start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                sink += skill.execute(call).hashCode();
            }
            double plainNs = (System.nanoTime() - start) / (double) calls;
            start = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                sink += measure.invoke(interceptor, invocation).hashCode();
            }
            double measuredNs = (System.nanoTime() - start) / (double) calls;
            if (round >= 0) {
                plain[round] = plainNs;
                measured[round] = measuredNs;
            }
        }
        Arrays.sort(plain);
        Arrays.sort(measured);
        double p = plain[rounds / 2];
        double m = measured[rounds / 2];
        System.out.printf("calls per round %,d, rounds %d (median shown)%n", calls, rounds);
        System.out.printf("uninstrumented skill call   %8.1f ns%n", p);
        System.out.printf("through metrics interceptor %8.1f ns%n", m);
        System.out.printf(
                "added per call              %8.1f ns   (goal <= 1000 ns; includes ~10 ns of reflective dispatch)%n",
                m - p);
        if (sink == 42) {
            System.out.println(); // keeps the JIT from dropping the loops
        }
    }
}
