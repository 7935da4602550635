package dev.vigil.agents.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The name this instance writes into the executions it owns. {@code vigil.instance.id} sets it
 * (e.g. to a pod name); by default it is the host name plus a random suffix, unique per start.
 */
@ApplicationScoped
public class InstanceIdentity {

    static final int MAX_LENGTH = 128;

    @Inject
    @ConfigProperty(name = "vigil.instance.id")
    Optional<String> configured;

    private String id;

    @PostConstruct
    void init() {
        id = configured.map(String::strip).filter(value -> !value.isEmpty()).orElseGet(InstanceIdentity::generated);
        if (id.length() > MAX_LENGTH) {
            throw new IllegalStateException("vigil.instance.id is longer than " + MAX_LENGTH + " characters");
        }
    }

    private static String generated() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "vigil";
        }
        if (host.length() > 100) {
            host = host.substring(0, 100);
        }
        return host + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    public String id() {
        return id;
    }
}
