package dev.vigil.skills.control;

import static dev.vigil.skills.control.Skills.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.vigil.skills.entity.SkillCall;
import dev.vigil.skills.entity.SkillException;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class JsonExtractSkillTest {

    JsonExtractSkill cut = new JsonExtractSkill();

    JsonValue extract(String pointer, JsonValue input) throws SkillException {
        return cut.execute(new SkillCall(
                input,
                Json.createObjectBuilder().add("pointer", pointer).build(),
                Instant.now().plusSeconds(5)));
    }

    @Test
    void extractsNestedValuesAndArrayElements() throws SkillException {
        var input = json("{'user':{'name':'Ada'},'items':[{'id':7},{'id':8}],'a/b':{'m~n':true}}");
        assertEquals(Json.createValue("Ada"), extract("/user/name", input));
        assertEquals(Json.createValue(8), extract("/items/1/id", input));
        assertEquals(JsonValue.TRUE, extract("/a~1b/m~0n", input));
        assertEquals(input, extract("", input));
    }

    @Test
    void failsWhenNothingIsAtThePointer() {
        var input = json("{'user':{}}");
        SkillException missing = assertThrows(SkillException.class, () -> extract("/user/name", input));
        assertEquals("nothing at /user/name in the input", missing.getMessage());
        assertThrows(SkillException.class, () -> extract("/items/5", json("{'items':[]}")));
        assertThrows(SkillException.class, () -> extract("/x", Json.createValue("text")));
    }

    @Test
    void rejectsPointersThatAreNotRfc6901() {
        assertTrue(cut.validate(json("{'pointer':'user'}")).get(0).contains("start with '/'"));
        assertTrue(cut.validate(json("{'pointer':'/a~2'}")).get(0).contains("'~'"));
        assertEquals(java.util.List.of(), cut.validate(json("{'pointer':'/a~0~1'}")));
    }
}
