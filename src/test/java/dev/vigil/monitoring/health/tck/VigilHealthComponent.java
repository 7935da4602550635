package dev.vigil.monitoring.health.tck;

import dev.vigil.monitoring.health.boundary.HealthResource;
import dev.vigil.monitoring.health.control.HealthProbe;
import dev.vigil.monitoring.health.control.HealthResponses;
import java.io.File;
import java.net.URISyntaxException;
import org.eclipse.microprofile.health.HealthCheck;
import org.jboss.arquillian.container.test.spi.client.deployment.ApplicationArchiveProcessor;
import org.jboss.arquillian.core.spi.LoadableExtension;
import org.jboss.arquillian.test.spi.TestClass;
import org.jboss.shrinkwrap.api.Archive;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.slf4j.LoggerFactory;

/**
 * Makes every MicroProfile Health TCK deployment a WAR with Vigil's health component in it —
 * exactly what serves {@code /health} in Vigil, and nothing of Vigil's own checks, so the TCK
 * sees only its checks. Liberty's mpHealth is off, as in production.
 */
public class VigilHealthComponent implements LoadableExtension {

    @Override
    public void register(ExtensionBuilder builder) {
        builder.service(ApplicationArchiveProcessor.class, AddHealthComponent.class);
    }

    public static class AddHealthComponent implements ApplicationArchiveProcessor {

        @Override
        public void process(Archive<?> archive, TestClass testClass) {
            if (!(archive instanceof WebArchive war)) {
                return;
            }
            war.addPackages(false, HealthResource.class.getPackage(), HealthProbe.class.getPackage())
                    .addClass(TckApplication.class)
                    .addAsResource(
                            new StringAsset(HealthResponses.class.getName() + "\n"),
                            "META-INF/services/org.eclipse.microprofile.health.spi.HealthCheckResponseProvider")
                    .addAsLibraries(jarOf(HealthCheck.class), jarOf(LoggerFactory.class));
        }

        private static File jarOf(Class<?> type) {
            try {
                return new File(
                        type.getProtectionDomain().getCodeSource().getLocation().toURI());
            } catch (URISyntaxException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
