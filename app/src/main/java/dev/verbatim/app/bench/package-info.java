/**
 * The {@code verbatim bench} command: every stage measured in one process and one run, each figure
 * next to its ratio to the Jsoup parse-only floor. See BENCHMARKS.md.
 */
@NullMarked
package dev.verbatim.app.bench;

import org.jspecify.annotations.NullMarked;
