package dev.vigil.monitoring.logging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class RequestIdsTest {

    @Test
    void keepsAWellFormedClientId() {
        assertEquals("req-42.a:b_C", RequestIds.accept("req-42.a:b_C"));
        assertEquals("a".repeat(64), RequestIds.accept("a".repeat(64)));
    }

    @Test
    void replacesMissingOverlongAndHostileIds() {
        for (String hostile : new String[] {
            null,
            "",
            "a".repeat(65),
            "x\r\nlevel: ERROR",
            "\"quoted\"",
            "with space",
            "tab\t",
            "nul\0",
            "é",
            "x".repeat(1_000_000)
        }) {
            String id = RequestIds.accept(hostile);
            assertNotEquals(hostile, id);
            assertTrue(id.matches("[0-9a-f-]{36}"), id);
        }
    }
}
