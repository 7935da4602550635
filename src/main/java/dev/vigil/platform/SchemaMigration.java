package dev.vigil.platform;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import liquibase.Scope;
import liquibase.command.CommandScope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.ClassLoaderResourceAccessor;
import liquibase.ui.LoggerUIService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings the schema of {@code jdbc/vigil} to the newest version with the Liquibase changelog
 * {@code db/changelog.yaml}. Liquibase's lock table keeps two instances starting at once from
 * migrating together.
 */
@ApplicationScoped
public class SchemaMigration {

    public static final String CHANGELOG = "db/changelog.yaml";
    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);

    @Resource(lookup = "jdbc/vigil")
    DataSource dataSource;

    public SchemaMigration() {}

    public SchemaMigration(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public void migrate() {
        if (dataSource == null) {
            // Liberty leaves a failed @Resource injection null and logs why (CWNEN0030E) instead of failing.
            throw new IllegalStateException(
                    "The datasource jdbc/vigil is not available; the server log says why (CWNEN0030E, DSRA...)");
        }
        try (Connection connection = dataSource.getConnection()) {
            Database database =
                    DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
            Map<String, Object> scope = Map.of(
                    Scope.Attr.resourceAccessor.name(),
                    new ClassLoaderResourceAccessor(SchemaMigration.class.getClassLoader()),
                    // No usage reporting to third parties from a production server.
                    // Liquibase's default UI prints summaries to stdout; they belong in the log.
                    Scope.Attr.ui.name(),
                    new LoggerUIService(),
                    "liquibase.analytics.enabled",
                    Boolean.FALSE,
                    "liquibase.showBanner",
                    Boolean.FALSE);
            Scope.child(
                    scope,
                    () -> new CommandScope("update")
                            .addArgumentValue("database", database)
                            .addArgumentValue("changelogFile", CHANGELOG)
                            .execute());
            LOG.info(
                    "Database schema is up to date ({} {})",
                    database.getDatabaseProductName(),
                    database.getDatabaseProductVersion());
        } catch (SQLException | LiquibaseException e) {
            throw new IllegalStateException("Schema migration failed: " + e.getMessage(), e);
        } catch (Exception e) {
            throw new IllegalStateException("Schema migration failed: " + e.getMessage(), e);
        }
    }
}
