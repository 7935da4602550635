package dev.vigil.skills.control;

import dev.vigil.skills.entity.Skill;
import dev.vigil.skills.entity.SkillCall;
import dev.vigil.skills.entity.SkillParameter;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills {@code {{field}}} placeholders from the input object; {@code {{a.b}}} reaches into nested
 * objects. A placeholder with no value becomes the empty string, as in Mustache. Output:
 * {@code {"text": "..."}}.
 */
@ApplicationScoped
public class TextTemplateSkill implements Skill {

    static final int MAX_TEMPLATE_LENGTH = 16_384;
    private static final Pattern PLACEHOLDER =
            Pattern.compile("\\{\\{\\s*([A-Za-z0-9_\\-]+(?:\\.[A-Za-z0-9_\\-]+)*)\\s*}}");

    @Override
    public String id() {
        return "text.template";
    }

    @Override
    public String description() {
        return "Fills {{field}} placeholders (dotted paths reach nested fields) from the input object; outputs {\"text\": ...}.";
    }

    @Override
    public List<SkillParameter> parameters() {
        return List.of(SkillParameter.required(
                "template",
                SkillParameter.Type.STRING,
                "Text with {{field}} placeholders, at most " + MAX_TEMPLATE_LENGTH + " characters."));
    }

    @Override
    public List<String> validate(JsonObject params) {
        List<String> errors = new ArrayList<>(Skill.super.validate(params));
        if (errors.isEmpty() && params.getString("template").length() > MAX_TEMPLATE_LENGTH) {
            errors.add("parameter 'template' is longer than " + MAX_TEMPLATE_LENGTH + " characters");
        }
        return errors;
    }

    @Override
    public JsonValue execute(SkillCall call) {
        String template = call.params().getString("template");
        Matcher matcher = PLACEHOLDER.matcher(template);
        StringBuilder text = new StringBuilder();
        while (matcher.find()) {
            matcher.appendReplacement(text, Matcher.quoteReplacement(lookup(call.input(), matcher.group(1))));
        }
        matcher.appendTail(text);
        return Json.createObjectBuilder().add("text", text.toString()).build();
    }

    private static String lookup(JsonValue input, String path) {
        JsonValue current = input;
        for (String field : path.split("\\.")) {
            if (!(current instanceof JsonObject object) || !object.containsKey(field)) {
                return "";
            }
            current = object.get(field);
        }
        if (current instanceof JsonString string) {
            return string.getString();
        }
        if (current instanceof JsonNumber || current == JsonValue.TRUE || current == JsonValue.FALSE) {
            return current.toString();
        }
        return current == JsonValue.NULL ? "" : current.toString();
    }
}
