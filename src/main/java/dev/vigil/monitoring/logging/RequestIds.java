package dev.vigil.monitoring.logging;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Request ids: a client's {@code X-Request-ID} is kept when it is short and made of safe
 * characters; anything else — too long, CR/LF, quotes, spaces, control characters — is replaced by
 * a fresh id and never logged.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-ID";
    public static final int MAX_LENGTH = 64;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]{1," + MAX_LENGTH + "}");

    private RequestIds() {}

    /** The client's id when it is well-formed, else a new one. */
    public static String accept(String header) {
        if (header != null
                && header.length() <= MAX_LENGTH
                && SAFE.matcher(header).matches()) {
            return header;
        }
        return UUID.randomUUID().toString();
    }
}
