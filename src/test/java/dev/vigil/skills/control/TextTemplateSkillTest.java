package dev.vigil.skills.control;

import static dev.vigil.skills.control.Skills.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.skills.entity.SkillCall;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TextTemplateSkillTest {

    TextTemplateSkill cut = new TextTemplateSkill();

    String fill(String template, String input) {
        var params = jakarta.json.Json.createObjectBuilder()
                .add("template", template)
                .build();
        return cut.execute(new SkillCall(json(input), params, Instant.now().plusSeconds(5)))
                .asJsonObject()
                .getString("text");
    }

    @Test
    void fillsPlaceholdersFromTheInput() {
        assertEquals("Hello, Ada! You are 36.", fill("Hello, {{name}}! You are {{ age }}.", "{'name':'Ada','age':36}"));
    }

    @Test
    void dottedPlaceholdersReachNestedFields() {
        assertEquals(
                "Ada Lovelace", fill("{{user.first}} {{user.last}}", "{'user':{'first':'Ada','last':'Lovelace'}}"));
    }

    @Test
    void missingFieldsBecomeEmptyAndReplacementCharactersStayLiteral() {
        assertEquals(
                "[] costs $5 \\o/", fill("[{{nothing}}] costs {{price}} {{face}}", "{'price':'$5','face':'\\\\o/'}"));
    }

    @Test
    void textWithoutPlaceholdersIsUnchanged() {
        assertEquals("plain {text}", fill("plain {text}", "{}"));
    }

    @Test
    void rejectsAMissingOrNonStringTemplate() {
        assertEquals(java.util.List.of("parameter 'template' is required"), cut.validate(json("{}")));
        assertEquals(
                java.util.List.of("parameter 'template' must be of type string"), cut.validate(json("{'template':3}")));
        assertTrue(cut.validate(json("{'template':'x','extra':1}")).contains("unknown parameter 'extra'"));
    }
}
