package dev.verbatim.sink.postgres;

import java.util.Locale;
import java.util.Objects;

/**
 * Where the PostgreSQL store connects.
 *
 * @param jdbcUrl  {@code jdbc:postgresql://host:port/database}
 * @param user     the role the sink logs in as; it must own the schema (Flyway creates the table)
 * @param password its password; empty when the server does not ask for one
 */
public record PostgresSettings(String jdbcUrl, String user, String password) {

    private static final String URL_PREFIX = "jdbc:postgresql:";

    public PostgresSettings {
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        if (!jdbcUrl.toLowerCase(Locale.ROOT).startsWith(URL_PREFIX)) {
            throw new IllegalArgumentException("sink.jdbc.url must start with " + URL_PREFIX + ", was '" + jdbcUrl + "'");
        }
    }

    /** Never shows the password. */
    @Override
    public String toString() {
        return user + " at " + jdbcUrl;
    }
}
