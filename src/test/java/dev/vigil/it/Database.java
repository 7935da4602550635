package dev.vigil.it;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.function.Consumer;

/**
 * Direct SQL against the server's database, to check what is really on record. Only when the
 * server runs on an external database (VIGIL_DB_URL): embedded Derby belongs to the server's JVM.
 */
final class Database {

    private final String url = System.getenv("VIGIL_DB_URL");

    static boolean external() {
        String url = System.getenv("VIGIL_DB_URL");
        return url != null && !url.isBlank() && !url.startsWith("jdbc:derby:");
    }

    static void ifReachable(Consumer<Database> check) {
        if (external()) {
            check.accept(new Database());
        }
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url, System.getenv("VIGIL_DB_USER"), System.getenv("VIGIL_DB_PASSWORD"));
    }

    String executionStatus(String id) {
        try (Connection c = connect();
                PreparedStatement query = c.prepareStatement("SELECT status FROM executions WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new AssertionError("database check failed: " + e, e);
        }
    }
}
