/**
 * What every component shares at the HTTP edge: the JAX-RS application at {@code /api}, JSON
 * binding in snake_case, the request body size limit, and RFC 9457 problem details — one
 * {@code ExceptionMapper} per kind of failure, so no request ever answers with a stack trace.
 */
package dev.vigil.platform;
