package dev.vigil.skills.control;

import dev.vigil.skills.entity.Skill;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** All skills known to this instance, by id. Two beans with one id are a deployment error. */
@ApplicationScoped
public class SkillRegistry {

    private Map<String, Skill> skills;

    @Inject
    @Any
    Instance<Skill> discovered;

    public SkillRegistry() {}

    /** For tests and tools that build a registry without CDI. */
    public SkillRegistry(Collection<? extends Skill> skills) {
        this.skills = index(skills);
    }

    @PostConstruct
    void discover() {
        this.skills = index(discovered.stream().toList());
    }

    private static Map<String, Skill> index(Collection<? extends Skill> skills) {
        Map<String, Skill> byId = new TreeMap<>();
        for (Skill skill : skills) {
            Skill previous = byId.putIfAbsent(skill.id(), skill);
            if (previous != null) {
                throw new IllegalStateException("Two skills share the id '" + skill.id() + "': "
                        + previous.getClass().getName() + " and "
                        + skill.getClass().getName());
            }
        }
        return Collections.unmodifiableMap(byId);
    }

    public Optional<Skill> find(String id) {
        return Optional.ofNullable(id == null ? null : skills.get(id));
    }

    public Collection<Skill> all() {
        return skills.values();
    }
}
