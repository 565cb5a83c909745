package dev.verbatim.app.metrics;

import java.util.Locale;
import java.util.Objects;

/**
 * Where a stage serves {@code /metrics} and {@code /health}.
 *
 * @param enabled whether it serves at all ({@code metrics.port=off})
 * @param port    TCP port; 0 takes any free port (tests), logged at start
 * @param bind    address to listen on: {@code 127.0.0.1} by default, {@code 0.0.0.0} in containers
 */
public record MetricsSettings(boolean enabled, int port, String bind) {

    /** Serves nothing. */
    public static final MetricsSettings OFF = new MetricsSettings(false, 0, "127.0.0.1");

    public MetricsSettings {
        Objects.requireNonNull(bind, "bind");
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("metrics.port must be 0 to 65535 or 'off', was " + port);
        }
        if (bind.isBlank()) {
            throw new IllegalArgumentException("metrics.bind must not be empty");
        }
    }

    /** Reads {@code metrics.port} (a port number or {@code off}) and {@code metrics.bind}. */
    public static MetricsSettings parse(String port, String bind) {
        String p = port.strip().toLowerCase(Locale.ROOT);
        if (p.equals("off")) {
            return new MetricsSettings(false, 0, bind.strip());
        }
        try {
            return new MetricsSettings(true, Integer.parseInt(p), bind.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("metrics.port must be a port number or 'off', was '" + port + "'", e);
        }
    }
}
