package dev.vigil.agents.control;

import static dev.vigil.skills.control.Skills.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.agents.entity.ExecutionStatus;
import dev.vigil.agents.entity.Step;
import dev.vigil.skills.control.JsonExtractSkill;
import dev.vigil.skills.control.SkillRegistry;
import dev.vigil.skills.control.TextTemplateSkill;
import dev.vigil.skills.control.WaitSkill;
import dev.vigil.skills.entity.Skill;
import dev.vigil.skills.entity.SkillCall;
import dev.vigil.skills.entity.SkillParameter;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class StepChainTest {

    /** A skill that breaks the contract by throwing an unchecked exception. */
    static class ExplodingSkill implements Skill {
        public String id() {
            return "explode";
        }

        public String description() {
            return "throws";
        }

        public List<SkillParameter> parameters() {
            return List.of();
        }

        public JsonValue execute(SkillCall call) {
            throw new IllegalStateException("secret internal detail");
        }
    }

    SkillRegistry skills = new SkillRegistry(
            List.of(new TextTemplateSkill(), new JsonExtractSkill(), new WaitSkill(10_000), new ExplodingSkill()));
    StepChain cut = new StepChain(skills, new dev.vigil.skills.control.SkillInvoker(), Clock.systemUTC());
    List<String> events = new ArrayList<>();

    StepChain.Listener recorder = new StepChain.Listener() {
        public void stepStarted(int index, String skillId, Instant at) {
            events.add("start " + index + " " + skillId);
        }

        public void stepFinished(int index, ExecutionStatus status, JsonValue output, String error, Duration took) {
            events.add("end " + index + " " + status.wireName() + (output == null ? "" : " " + output)
                    + (error == null ? "" : " [" + error + "]"));
        }
    };

    static Step step(String skill, String params) {
        return new Step(skill, json(params));
    }

    @Test
    void eachStepReceivesThePreviousOutput() {
        var outcome = cut.run(
                List.of(
                        step("text.template", "{'template':'Hi {{name}}'}"),
                        step("json.extract", "{'pointer':'/text'}")),
                json("{'name':'Ada'}"),
                Instant.now().plusSeconds(5),
                recorder);
        assertEquals(ExecutionStatus.SUCCEEDED, outcome.status());
        assertEquals(Json.createValue("Hi Ada"), outcome.output());
        assertEquals(
                List.of(
                        "start 0 text.template",
                        "end 0 succeeded {\"text\":\"Hi Ada\"}",
                        "start 1 json.extract",
                        "end 1 succeeded \"Hi Ada\""),
                events);
    }

    @Test
    void stopsAtTheFirstFailingStep() {
        var outcome = cut.run(
                List.of(step("json.extract", "{'pointer':'/missing'}"), step("text.template", "{'template':'never'}")),
                json("{}"),
                Instant.now().plusSeconds(5),
                recorder);
        assertEquals(ExecutionStatus.FAILED, outcome.status());
        assertNull(outcome.output());
        assertEquals("step 0 (json.extract): nothing at /missing in the input", outcome.error());
        assertEquals(List.of("start 0 json.extract", "end 0 failed [nothing at /missing in the input]"), events);
    }

    @Test
    void aStepThatOutlivesTheDeadlineTimesTheExecutionOut() {
        var outcome = cut.run(
                List.of(step("wait", "{'ms':5000}"), step("text.template", "{'template':'never'}")),
                json("{}"),
                Instant.now().plusMillis(100),
                recorder);
        assertEquals(ExecutionStatus.TIMED_OUT, outcome.status());
        assertEquals(2, events.size());
        assertTrue(events.get(1).startsWith("end 0 timed_out"), events.get(1));
    }

    @Test
    void aPassedDeadlineTimesOutBeforeTheNextStepRuns() {
        var outcome = cut.run(
                List.of(step("text.template", "{'template':'x'}")),
                json("{}"),
                Instant.now().minusMillis(1),
                recorder);
        assertEquals(ExecutionStatus.TIMED_OUT, outcome.status());
        assertEquals("step 0 (text.template): deadline reached before the step started", outcome.error());
    }

    @Test
    void anUnexpectedExceptionFailsTheStepWithAnIncidentIdNotTheMessage() {
        var outcome = cut.run(
                List.of(step("explode", "{}")), json("{}"), Instant.now().plusSeconds(5), recorder);
        assertEquals(ExecutionStatus.FAILED, outcome.status());
        assertTrue(
                outcome.error()
                        .matches(
                                "step 0 \\(explode\\): internal error in skill 'explode' \\(incident_id [0-9a-f-]{36}\\)"),
                outcome.error());
    }

    @Test
    void aSkillRemovedSinceTheAgentWasSavedFailsTheStep() {
        var outcome =
                cut.run(List.of(step("gone", "{}")), json("{}"), Instant.now().plusSeconds(5), recorder);
        assertEquals(ExecutionStatus.FAILED, outcome.status());
        assertEquals("step 0 (gone): skill 'gone' is not available on this instance", outcome.error());
    }
}
