package dev.vigil.agents.control;

import dev.vigil.platform.SchemaMigration;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A migrated database for tests that need one without a server: a fresh in-memory Derby, or the
 * database of {@code VIGIL_DB_URL} (e.g. the PostgreSQL that {@code .ci/run} points at).
 */
final class TestDatabase implements DataSource {

    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    static TestDatabase migrated() {
        TestDatabase database = Optional.ofNullable(System.getenv("VIGIL_DB_URL"))
                .filter(url -> !url.isBlank())
                .map(url -> new TestDatabase(url, System.getenv("VIGIL_DB_USER"), System.getenv("VIGIL_DB_PASSWORD")))
                .orElseGet(() ->
                        new TestDatabase("jdbc:derby:memory:" + UUID.randomUUID() + ";create=true", "vigil", "vigil"));
        new SchemaMigration(database).migrate();
        return database;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return DriverManager.getConnection(url, username, password);
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {}

    @Override
    public void setLoginTimeout(int seconds) {}

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() {
        return Logger.getGlobal();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        throw new SQLException("not a wrapper");
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) {
        return false;
    }
}
