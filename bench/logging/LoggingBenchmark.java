import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.OutputStreamAppender;
import ch.qos.logback.core.encoder.Encoder;
import dev.vigil.monitoring.logging.CountingAsyncAppender;
import dev.vigil.monitoring.logging.JsonLineEncoder;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.MDC;

/**
 * JSON logging (Vigil's JsonLineEncoder, as logback.xml sets it up) against plain-text logging of the same messages,
 * side by side in one JVM: against text that carries the same fields (the goal's baseline) and against a
 * shorter text line with two context fields; then Vigil's asynchronous appender at 5,000 lines/s: are WARN and
 * ERROR lines ever lost, how many INFO lines are dropped.
 */
public class LoggingBenchmark {

    /** Counts bytes, keeps nothing: the encoders are measured, not the sink. */
    static class CountingSink extends OutputStream {
        final AtomicLong bytes = new AtomicLong();

        public void write(int b) {
            bytes.incrementAndGet();
        }

        public void write(byte[] b, int off, int len) {
            bytes.addAndGet(len);
        }
    }

    /** Also counts the WARN and ERROR lines that arrive, for the asynchronous appender's check. */
    static class WarnCountingSink extends CountingSink {
        final AtomicLong warnOrError = new AtomicLong();

        public void write(byte[] b, int off, int len) {
            super.write(b, off, len);
            String chunk = new String(b, off, len, StandardCharsets.UTF_8);
            if (chunk.contains("\"level\":\"WARN\"") || chunk.contains("\"level\":\"ERROR\"")) {
                warnOrError.incrementAndGet();
            }
        }
    }

    /** As in src/main/resources/logback.xml. */
    static Encoder<ILoggingEvent> json(LoggerContext context) {
        JsonLineEncoder encoder = new JsonLineEncoder();
        encoder.setContext(context);
        encoder.setService("vigil");
        encoder.setHost("bench");
        encoder.setMaxStackTraceLength(16384);
        encoder.start();
        return encoder;
    }

    /** Plain text with the context most text setups print. */
    static final String SHORT_TEXT =
            "%d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z',UTC} %-5level [%thread] %logger - %msg request_id=%X{request_id} agent_id=%X{agent_id}%n";
    /** Plain text carrying everything the JSON line carries: the like-for-like baseline. */
    static final String FULL_TEXT =
            "%d{yyyy-MM-dd'T'HH:mm:ss.SSS'Z',UTC} %-5level [%thread] %logger - %msg request_id=%X{request_id} agent_id=%X{agent_id} execution_id=%X{execution_id} service=vigil host=bench%n";

    static Encoder<ILoggingEvent> text(LoggerContext context, String pattern) {
        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern(pattern);
        encoder.start();
        return encoder;
    }

    static Logger logger(LoggerContext context, String name, Encoder<ILoggingEvent> encoder, OutputStream sink) {
        OutputStreamAppender<ILoggingEvent> appender = new OutputStreamAppender<>();
        appender.setContext(context);
        appender.setEncoder(encoder);
        appender.setOutputStream(sink);
        appender.setImmediateFlush(false);
        appender.start();
        Logger logger = context.getLogger("bench." + name);
        logger.setAdditive(false);
        logger.setLevel(Level.INFO);
        logger.addAppender(appender);
        return logger;
    }

    static double linesPerSecond(Logger logger, int lines) {
        long start = System.nanoTime();
        for (int i = 0; i < lines; i++) {
            logger.info("Execution {} finished as {} after {} ms", i, "succeeded", 42);
        }
        return lines / ((System.nanoTime() - start) / 1e9);
    }

    public static void main(String[] args) throws Exception {
        int lines = args.length > 0 ? Integer.parseInt(args[0]) : 300_000;
        // The SLF4J-bound context: it has the MDC adapter the encoders read (a bare new LoggerContext() has none).
        LoggerContext context = (LoggerContext) org.slf4j.LoggerFactory.getILoggerFactory();
        MDC.put("request_id", "7f6c2b1e-9d1a-4a55-8f0e-2a4c1d9b3e70");
        MDC.put("agent_id", "greeter");
        MDC.put("execution_id", "0b7e3c52-1f7d-4a8e-9b61-5d2f0c4a9e13");
        CountingSink jsonSink = new CountingSink();
        CountingSink fullSink = new CountingSink();
        CountingSink shortSink = new CountingSink();
        Logger json = logger(context, "json", json(context), jsonSink);
        Logger full = logger(context, "full", text(context, FULL_TEXT), fullSink);
        Logger brief = logger(context, "short", text(context, SHORT_TEXT), shortSink);

        double[] jsonRates = new double[5];
        double[] fullRates = new double[5];
        double[] shortRates = new double[5];
        for (int round = -2; round < 5; round++) { // two warm-up rounds, interleaved
            double f = linesPerSecond(full, lines);
            double j = linesPerSecond(json, lines);
            double b = linesPerSecond(brief, lines);
            if (round >= 0) {
                fullRates[round] = f;
                jsonRates[round] = j;
                shortRates[round] = b;
            }
        }
        java.util.Arrays.sort(jsonRates);
        java.util.Arrays.sort(fullRates);
        java.util.Arrays.sort(shortRates);
        long total = 7L * lines;
        System.out.printf(
                "plain text, same fields as JSON  %,12.0f lines/s  %3d bytes/line%n",
                fullRates[2], fullSink.bytes.get() / total);
        System.out.printf(
                "plain text, two context fields   %,12.0f lines/s  %3d bytes/line%n",
                shortRates[2], shortSink.bytes.get() / total);
        System.out.printf(
                "JSON (JsonLineEncoder)           %,12.0f lines/s  %3d bytes/line%n",
                jsonRates[2], jsonSink.bytes.get() / total);
        System.out.printf(
                "JSON / plain text, same fields: %.2fx (goal >= 0.80x); JSON / two-field text: %.2fx%n",
                jsonRates[2] / fullRates[2], jsonRates[2] / shortRates[2]);

        // 5,000 lines/s for 5 s through the asynchronous appender into a slow sink; 1 in 10 is WARN or ERROR.
        WarnCountingSink slow = new WarnCountingSink() {
            @Override
            public void write(byte[] b, int off, int len) {
                super.write(b, off, len);
                if (bytes.get() % 64 == 0) {
                    Thread.onSpinWait();
                }
            }
        };
        OutputStreamAppender<ILoggingEvent> target = new OutputStreamAppender<>();
        target.setContext(context);
        target.setEncoder(json(context));
        target.setOutputStream(slow);
        target.start();
        CountingAsyncAppender async = new CountingAsyncAppender();
        async.setContext(context);
        async.setQueueSize(8192);
        async.addAppender(target);
        async.start();
        Logger logger = context.getLogger("bench.async");
        logger.setAdditive(false);
        logger.addAppender(async);
        long sentWarnOrError = 0;
        long start = System.nanoTime();
        for (int i = 0; i < 25_000; i++) {
            long due = start + i * 200_000L; // one line every 0.2 ms
            while (System.nanoTime() < due) {
                Thread.onSpinWait();
            }
            if (i % 10 == 0) {
                logger.warn("Skill {} failed", i);
                sentWarnOrError++;
            } else {
                logger.info("Execution {} finished", i);
            }
        }
        async.stop(); // drains the queue
        long errors = context.getStatusManager().getCopyOfStatusList().stream()
                .filter(s -> s.getLevel() == ch.qos.logback.core.status.Status.ERROR)
                .count();
        if (errors > 0) {
            throw new IllegalStateException(errors + " logback errors: the numbers above are not valid");
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(
                "async at %,.0f lines/s: WARN/ERROR sent %d, written %d, lost %d; INFO dropped %d%n",
                25_000 / seconds,
                sentWarnOrError,
                slow.warnOrError.get(),
                sentWarnOrError - slow.warnOrError.get(),
                CountingAsyncAppender.dropped());
    }
}
