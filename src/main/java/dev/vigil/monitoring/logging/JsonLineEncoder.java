package dev.vigil.monitoring.logging;

import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.classic.spi.ThrowableProxyUtil;
import ch.qos.logback.core.encoder.EncoderBase;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.slf4j.event.KeyValuePair;

/**
 * One JSON object a line in Vigil's log schema (docs/MONITORING_SETUP.md, "Logging"):
 * {@code timestamp} (ISO-8601 UTC, milliseconds), {@code level}, {@code logger}, {@code thread},
 * {@code message}, the MDC entries and the event's key/value pairs as top-level fields,
 * {@code stack_trace} when there is an exception, then {@code service} and {@code host}.
 *
 * <p>Written straight into a per-thread buffer that is reused from line to line, the way logback's
 * pattern layout works: a general JSON library (logstash-logback-encoder, the first version)
 * built each line through a generator and ran at a quarter of the plain-text rate (bench/logging.sh).
 * Escaping follows RFC 8259: quotation mark, reverse solidus and every control character are
 * escaped, so no value can end a line or forge a field. A context value that would shadow one of
 * the fixed fields is left out rather than written twice.
 */
public class JsonLineEncoder extends EncoderBase<ILoggingEvent> {

    private static final Set<String> FIXED =
            Set.of("timestamp", "level", "logger", "thread", "message", "stack_trace", "service", "host");
    private static final int KEEP_BUFFER = 16 * 1024;
    private static final char[] HEX = "0123456789abcdef".toCharArray();
    /** ASCII characters that stand in a JSON string as they are. */
    private static final boolean[] PLAIN = new boolean[128];
    /** Escaped names seen before (loggers, threads, context keys): a lookup instead of a scan per line. */
    private static final int MAX_NAMES = 4096;

    static {
        for (char c = 0x20; c < 128; c++) {
            PLAIN[c] = c != '"' && c != '\\';
        }
    }

    private final ConcurrentHashMap<String, String> names = new ConcurrentHashMap<>();
    /** Context keys as {@code ,"key":}, or "" for a key that may not be written. */
    private final ConcurrentHashMap<String, String> fields = new ConcurrentHashMap<>();

    private String service = "vigil";
    private String host = "";
    private int maxStackTraceLength = 16 * 1024;

    private String tail;
    private final ThreadLocal<StringBuilder> buffers = ThreadLocal.withInitial(() -> new StringBuilder(512));
    private volatile Second second = new Second(Long.MIN_VALUE, "");

    /** "2026-11-24T22:41:07." for one epoch second: formatted once a second, not once a line. */
    private record Second(long epochSecond, String prefix) {}

    public void setService(String service) {
        this.service = service;
    }

    public void setHost(String host) {
        this.host = host;
    }

    /** Longer stack traces are cut (with a marker) so that one exception cannot flood the log. */
    public void setMaxStackTraceLength(int maxStackTraceLength) {
        this.maxStackTraceLength = maxStackTraceLength;
    }

    @Override
    public void start() {
        StringBuilder constant = new StringBuilder(",\"service\":");
        string(constant, service);
        constant.append(",\"host\":");
        string(constant, host);
        tail = constant.append("}\n").toString();
        super.start();
    }

    @Override
    public byte[] headerBytes() {
        return null;
    }

    @Override
    public byte[] footerBytes() {
        return null;
    }

    @Override
    public byte[] encode(ILoggingEvent event) {
        StringBuilder line = buffers.get();
        line.setLength(0);
        line.append("{\"timestamp\":\"");
        timestamp(line, event.getTimeStamp());
        line.append("\",\"level\":\"").append(event.getLevel().levelStr).append("\",\"logger\":");
        name(line, event.getLoggerName());
        line.append(",\"thread\":");
        name(line, event.getThreadName());
        line.append(",\"message\":");
        string(line, event.getFormattedMessage());
        Map<String, String> mdc = event.getMDCPropertyMap();
        if (mdc != null) {
            for (Map.Entry<String, String> entry : mdc.entrySet()) {
                if (field(line, entry.getKey())) {
                    string(line, entry.getValue());
                }
            }
        }
        List<KeyValuePair> pairs = event.getKeyValuePairs();
        if (pairs != null) {
            for (KeyValuePair pair : pairs) {
                if (pair.key != null && field(line, pair.key)) {
                    value(line, pair.value);
                }
            }
        }
        IThrowableProxy throwable = event.getThrowableProxy();
        if (throwable != null) {
            line.append(",\"stack_trace\":");
            string(line, capped(ThrowableProxyUtil.asString(throwable)));
        }
        line.append(tail);
        byte[] bytes = line.toString().getBytes(StandardCharsets.UTF_8);
        if (line.capacity() > KEEP_BUFFER) {
            buffers.remove(); // one huge line must not pin its buffer to the thread for ever
        }
        return bytes;
    }

    private String capped(String trace) {
        return trace.length() <= maxStackTraceLength
                ? trace
                : trace.substring(0, maxStackTraceLength) + "\n\t… (cut at " + maxStackTraceLength + " characters)";
    }

    private void timestamp(StringBuilder line, long epochMillis) {
        long epochSecond = Math.floorDiv(epochMillis, 1000);
        Second cached = second;
        if (cached.epochSecond() != epochSecond) {
            LocalDateTime time = LocalDateTime.ofEpochSecond(epochSecond, 0, ZoneOffset.UTC);
            StringBuilder prefix = new StringBuilder(20);
            pad(prefix, time.getYear(), 4).append('-');
            pad(prefix, time.getMonthValue(), 2).append('-');
            pad(prefix, time.getDayOfMonth(), 2).append('T');
            pad(prefix, time.getHour(), 2).append(':');
            pad(prefix, time.getMinute(), 2).append(':');
            pad(prefix, time.getSecond(), 2).append('.');
            cached = new Second(epochSecond, prefix.toString());
            second = cached;
        }
        line.append(cached.prefix());
        pad(line, (int) Math.floorMod(epochMillis, 1000), 3).append('Z');
    }

    private static StringBuilder pad(StringBuilder to, int value, int digits) {
        for (int limit = digits == 4 ? 1000 : digits == 3 ? 100 : 10; limit > 1 && value < limit; limit /= 10) {
            to.append('0');
        }
        return to.append(value);
    }

    private static void value(StringBuilder line, Object value) {
        if (value == null) {
            line.append("null");
        } else if (value instanceof Integer
                || value instanceof Long
                || value instanceof Short
                || value instanceof Byte
                || value instanceof Boolean) {
            line.append(value);
        } else if (value instanceof Double number && Double.isFinite(number)
                || value instanceof Float small && Float.isFinite(small)) {
            line.append(value);
        } else {
            string(line, String.valueOf(value));
        }
    }

    /** Appends {@code ,"key":} and answers true, or appends nothing and answers false for a key that would shadow a fixed field. */
    private boolean field(StringBuilder line, String key) {
        String prefix = once(fields, key, k -> FIXED.contains(k) ? "" : "," + quoted(k) + ":");
        line.append(prefix);
        return !prefix.isEmpty();
    }

    /** A JSON string for a name that recurs from line to line (logger, thread), escaped once. */
    private void name(StringBuilder line, String name) {
        line.append(name == null ? "null" : once(names, name, JsonLineEncoder::quoted));
    }

    /** What {@code render} makes of {@code key}, computed once and kept while the cache holds fewer than MAX_NAMES keys. */
    private static String once(Map<String, String> cache, String key, UnaryOperator<String> render) {
        String rendered = cache.get(key);
        if (rendered == null) {
            rendered = render.apply(key);
            if (cache.size() < MAX_NAMES) {
                cache.put(key, rendered);
            }
        }
        return rendered;
    }

    private static String quoted(String text) {
        StringBuilder json = new StringBuilder(text.length() + 2);
        string(json, text);
        return json.toString();
    }

    /** A JSON string; null becomes JSON null. */
    static void string(StringBuilder line, String text) {
        if (text == null) {
            line.append("null");
            return;
        }
        line.append('"');
        int clean = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 128 ? PLAIN[c] : c != '\u2028' && c != '\u2029') {
                continue;
            }
            line.append(text, clean, i);
            clean = i + 1;
            switch (c) {
                case '"' -> line.append("\\\"");
                case '\\' -> line.append("\\\\");
                case '\n' -> line.append("\\n");
                case '\r' -> line.append("\\r");
                case '\t' -> line.append("\\t");
                case '\b' -> line.append("\\b");
                case '\f' -> line.append("\\f");
                default ->
                    line.append("\\u")
                            .append(HEX[c >> 12 & 0xF])
                            .append(HEX[c >> 8 & 0xF])
                            .append(HEX[c >> 4 & 0xF])
                            .append(HEX[c & 0xF]);
            }
        }
        if (clean == 0) {
            line.append(text); // the common case: one bulk copy
        } else {
            line.append(text, clean, text.length());
        }
        line.append('"');
    }
}
