package dev.verbatim.app.bench;

import java.util.Objects;
import java.util.Optional;

/**
 * One measured figure of the bench table.
 *
 * @param section  floor, core, scaling, script, pipeline or memory
 * @param name     what was measured
 * @param value    the figure
 * @param unit     its unit
 * @param ratio    the figure divided by the parse-only floor, for rates in pages/s
 */
public record Figure(String section, String name, double value, String unit, Optional<Double> ratio) {
    public Figure {
        Objects.requireNonNull(section, "section");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(ratio, "ratio");
    }
}
