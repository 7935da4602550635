package dev.vigil.skills.control;

import static dev.vigil.skills.control.Skills.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.skills.entity.SkillCall;
import dev.vigil.skills.entity.SkillException;
import dev.vigil.skills.entity.SkillTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class WaitSkillTest {

    WaitSkill cut = new WaitSkill(1_000);

    @Test
    void sleepsAndPassesItsInputThrough() throws SkillException {
        var input = json("{'keep':'me'}");
        long start = System.nanoTime();
        var output = cut.execute(
                new SkillCall(input, json("{'ms':120}"), Instant.now().plusSeconds(5)));
        long tookMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertEquals(input, output);
        assertTrue(tookMillis >= 120 && tookMillis < 1_000, "took " + tookMillis + " ms");
    }

    @Test
    void stopsAtTheDeadlineInsteadOfOversleeping() {
        long start = System.nanoTime();
        assertThrows(
                SkillTimeoutException.class,
                () -> cut.execute(new SkillCall(
                        json("{}"), json("{'ms':900}"), Instant.now().plusMillis(100))));
        long tookMillis = Duration.ofNanos(System.nanoTime() - start).toMillis();
        assertTrue(tookMillis < 600, "took " + tookMillis + " ms");
    }

    @Test
    void acceptsOnlyDurationsUpToTheCap() {
        assertEquals(List.of(), cut.validate(json("{'ms':1000}")));
        assertEquals(List.of("parameter 'ms' must be between 0 and 1000"), cut.validate(json("{'ms':1001}")));
        assertEquals(List.of("parameter 'ms' must be between 0 and 1000"), cut.validate(json("{'ms':-1}")));
        assertEquals(
                List.of("parameter 'ms' must be between 0 and 1000"),
                cut.validate(json("{'ms':123456789012345678901234567890}")));
        assertEquals(List.of("parameter 'ms' must be of type integer"), cut.validate(json("{'ms':1.5}")));
    }
}
