package dev.vigil.agents.control;

import static dev.vigil.skills.control.Skills.json;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.vigil.agents.entity.Step;
import dev.vigil.skills.control.HttpRequestSkill;
import dev.vigil.skills.control.SkillRegistry;
import dev.vigil.skills.control.TextTemplateSkill;
import dev.vigil.skills.control.WaitSkill;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgentValidationTest {

    AgentValidation cut = new AgentValidation(
            new SkillRegistry(List.of(new TextTemplateSkill(), new WaitSkill(1000), new HttpRequestSkill())));

    @Test
    void acceptsKnownSkillsWithValidParameters() {
        assertDoesNotThrow(() -> cut.check(
                List.of(new Step("text.template", json("{'template':'x'}")), new Step("wait", json("{'ms':5}")))));
    }

    @Test
    void reportsEveryBadStepAtOnce() {
        InvalidAgentException invalid = assertThrows(
                InvalidAgentException.class,
                () -> cut.check(List.of(
                        new Step("nope", json("{}")),
                        new Step("wait", json("{'ms':'soon'}")),
                        new Step("http.request", json("{'url':'ftp://x/'}")))));
        assertEquals(400, invalid.status().getStatusCode());
        assertEquals(
                List.of(
                        "steps[0].skill: unknown skill 'nope'",
                        "steps[1].params: parameter 'ms' must be of type integer",
                        "steps[2].params: parameter 'url' must be an absolute http or https URL"),
                invalid.errors());
    }

    @Test
    void needsAtLeastOneAndAtMostFiftySteps() {
        assertEquals(
                List.of("steps: an agent needs at least one step"),
                assertThrows(InvalidAgentException.class, () -> cut.check(List.of()))
                        .errors());
        List<Step> tooMany = Collections.nCopies(51, new Step("wait", json("{'ms':1}")));
        assertEquals(
                List.of("steps: an agent has at most 50 steps"),
                assertThrows(InvalidAgentException.class, () -> cut.check(tooMany))
                        .errors());
    }

    @Test
    void twoSkillsWithOneIdAreRefused() {
        assertThrows(IllegalStateException.class, () -> new SkillRegistry(List.of(new WaitSkill(1), new WaitSkill(2))));
    }
}
