package dev.verbatim.sink.postgres;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.verbatim.model.RulesActivation;
import dev.verbatim.model.Transcript;
import dev.verbatim.sink.TranscriptStore;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * Stores transcripts in the PostgreSQL table {@code transcripts}, one row per transcript id. Puts
 * and deletes are collected in memory and written by {@link #sync()} in one transaction, in the
 * order they came: the sink syncs once per poll batch, before it commits the batch's offsets.
 *
 * <p>A row is only replaced by a transcript of the same or a later rules activation (its epoch):
 * a late record of older rules never overwrites a newer transcript. A delete removes the row.
 *
 * <p>One writer thread; {@link #close()} may come from any thread.
 */
public final class PostgresStore implements TranscriptStore, AutoCloseable {

    private static final String MIGRATIONS = "classpath:dev/verbatim/sink/postgres/migration";
    /** How long one attempt waits for a connection when the database is down; the caller backs off. */
    private static final long CONNECTION_TIMEOUT_MS = 5_000;

    private static final String UPSERT = """
            INSERT INTO transcripts AS t (id, url, rules_version, rules_epoch, title, published_at, site, language,
                    authors, doc, body)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?::jsonb, ?)
            ON CONFLICT (id) DO UPDATE SET url = EXCLUDED.url, rules_version = EXCLUDED.rules_version,
                    rules_epoch = EXCLUDED.rules_epoch, title = EXCLUDED.title, published_at = EXCLUDED.published_at,
                    site = EXCLUDED.site, language = EXCLUDED.language, authors = EXCLUDED.authors,
                    doc = EXCLUDED.doc, body = EXCLUDED.body, stored_at = now()
            WHERE t.rules_epoch <= EXCLUDED.rules_epoch""";
    private static final String DELETE = "DELETE FROM transcripts WHERE id = ?";
    private static final String DELETE_OTHER_RULES = "DELETE FROM transcripts WHERE rules_version <> ?";

    /** A change waiting for the next {@link #sync()}. */
    private sealed interface Change permits Upsert, Delete {
    }

    private record Upsert(Transcript transcript, long rulesEpoch) implements Change {
    }

    private record Delete(String id) implements Change {
    }

    private final HikariDataSource pool;
    private final List<Change> pending = new ArrayList<>();

    private PostgresStore(HikariDataSource pool) {
        this.pool = pool;
    }

    /**
     * Connects and brings the schema up to date (Flyway migrations).
     *
     * @throws IllegalStateException when the database cannot be reached or migrated; the message names
     *                               the URL and the user, never the password
     */
    public static PostgresStore open(PostgresSettings settings) {
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(poolConfig(settings));
        } catch (RuntimeException e) {
            throw new IllegalStateException("cannot connect to PostgreSQL as " + settings + ": " + rootMessage(e), e);
        }
        try {
            Flyway.configure().dataSource(pool).locations(MIGRATIONS).load().migrate();
        } catch (FlywayException e) {
            pool.close();
            throw new IllegalStateException("cannot set up the transcripts table in PostgreSQL as " + settings + ": "
                    + rootMessage(e), e);
        }
        return new PostgresStore(pool);
    }

    private static HikariConfig poolConfig(PostgresSettings settings) {
        HikariConfig c = new HikariConfig();
        c.setPoolName("verbatim-sink-postgres");
        c.setJdbcUrl(settings.jdbcUrl());
        c.setUsername(settings.user());
        c.setPassword(settings.password());
        // One sink thread writes; the second connection serves removeOtherRules and a replaced broken one.
        c.setMaximumPoolSize(2);
        c.setConnectionTimeout(CONNECTION_TIMEOUT_MS);
        return c;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    /** Stores the transcript as made under the built-in rules (epoch 0); the sink gives the epoch. */
    @Override
    public void put(Transcript transcript) {
        put(transcript, RulesActivation.BUILT_IN_EPOCH);
    }

    @Override
    public void put(Transcript transcript, long rulesEpoch) {
        pending.add(new Upsert(transcript, rulesEpoch));
    }

    @Override
    public void delete(String id) {
        pending.add(new Delete(id));
    }

    /**
     * Writes the changes since the last sync in one transaction. When it throws (the database is
     * down, the connection broke), none of them is stored and all are forgotten: the caller delivers
     * them again.
     */
    @Override
    public void sync() throws IOException {
        if (pending.isEmpty()) {
            return;
        }
        try {
            if (!tryWrite(pending, false)) {
                // The pooled connection had broken while idle (a server restart): once more, on a new one.
                tryWrite(pending, true);
            }
        } catch (SQLException e) {
            throw new IOException("cannot write " + pending.size() + " transcript changes to PostgreSQL: "
                    + e.getMessage(), e);
        } finally {
            pending.clear();
        }
    }

    /**
     * True when written; false when the connection turned out dead, so that nothing was written,
     * unless this is the last try: then it throws.
     */
    private boolean tryWrite(List<Change> changes, boolean lastTry) throws SQLException {
        try (Connection c = pool.getConnection()) {
            try {
                writeAll(c, changes);
                return true;
            } catch (SQLException e) {
                if (lastTry || c.isValid(1)) {
                    throw e;
                }
                return false;
            }
        }
    }

    /** Executes the changes in order, consecutive changes of one kind as one JDBC batch, then commits. */
    private static void writeAll(Connection c, List<Change> changes) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement upsert = c.prepareStatement(UPSERT); PreparedStatement delete = c.prepareStatement(DELETE)) {
            PreparedStatement batching = null;
            for (Change change : changes) {
                PreparedStatement next = change instanceof Upsert u ? TranscriptRow.bind(upsert, u.transcript(),
                        u.rulesEpoch()) : bindDelete(delete, (Delete) change);
                if (batching != null && batching != next) {
                    batching.executeBatch();
                }
                next.addBatch();
                batching = next;
            }
            if (batching != null) {
                batching.executeBatch();
            }
            c.commit();
        } catch (SQLException e) {
            rollback(c, e);
            throw e;
        }
    }

    private static PreparedStatement bindDelete(PreparedStatement delete, Delete d) throws SQLException {
        delete.setString(1, d.id());
        return delete;
    }

    private static void rollback(Connection c, SQLException cause) {
        try {
            c.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    /** Removes every row made under rules other than {@code rulesVersion}; returns how many. */
    @Override
    public int removeOtherRules(String rulesVersion) throws IOException {
        try (Connection c = pool.getConnection(); PreparedStatement s = c.prepareStatement(DELETE_OTHER_RULES)) {
            s.setString(1, rulesVersion);
            return s.executeUpdate();
        } catch (SQLException e) {
            throw new IOException("cannot remove transcripts of other rules from PostgreSQL: " + e.getMessage(), e);
        }
    }

    /** Closes the connections; changes not synced are dropped. */
    @Override
    public void close() {
        pool.close();
    }
}
