package dev.vigil.monitoring.logging;

import dev.vigil.skills.entity.Skill;
import dev.vigil.skills.entity.SkillException;
import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

@LoggedSkill
@Interceptor
@Priority(Interceptor.Priority.LIBRARY_BEFORE - 10)
public class SkillLogInterceptor {

    private static final Logger LOG = LoggerFactory.getLogger("dev.vigil.skills");

    @AroundInvoke
    Object bind(InvocationContext invocation) throws Exception {
        Skill skill = (Skill) invocation.getParameters()[0];
        try (LogContext context = LogContext.bind("skill_id", skill.id())) {
            try {
                return invocation.proceed();
            } catch (SkillException e) {
                LOG.warn("Skill {} failed: {}", skill.id(), e.getMessage(), e);
                throw e;
            }
        }
    }
}
