package dev.verbatim.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The version covers the code: the fingerprint on the class path is the hash of the sources as they
 * are now, so any edit to the cleaner (or to the model, or to a library pin) is a new rules_version.
 */
class CodeFingerprintTest {

    private static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    @Test
    void fingerprintIsTheHashOfTheCurrentSources() throws Exception {
        assertThat(CodeFingerprint.read()).isEqualTo(recompute());
    }

    @Test
    void cleanerVersionCarriesTheFingerprint() {
        assertThat(PageCleaner.CLEANER_VERSION).isEqualTo("code-" + CodeFingerprint.read().substring(0, 16));
    }

    @Test
    void anEditedSourceGivesAnotherFingerprint() throws Exception {
        Map<String, byte[]> files = sources();
        String before = total(files);
        String someStep = files.keySet().stream().filter(p -> p.endsWith("TurnSegmenter.java")).findFirst().orElseThrow();
        files.put(someStep, (new String(files.get(someStep), StandardCharsets.UTF_8) + "\n").getBytes(StandardCharsets.UTF_8));
        assertThat(total(files)).isNotEqualTo(before);
    }

    /** Ant's {@code <checksum totalproperty>}: per-file SHA-256 and relative path, in path order. */
    private static String recompute() throws Exception {
        return total(sources());
    }

    private static String total(Map<String, byte[]> files) throws NoSuchAlgorithmException {
        MessageDigest total = MessageDigest.getInstance("SHA-256");
        for (Map.Entry<String, byte[]> f : files.entrySet()) {
            total.update(MessageDigest.getInstance("SHA-256").digest(f.getValue()));
            total.update(f.getKey().getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(total.digest());
    }

    private static Map<String, byte[]> sources() throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String pom : List.of("pom.xml", "clean/pom.xml", "model/pom.xml")) {
            files.put(pom, Files.readAllBytes(ROOT.resolve(pom)));
        }
        for (String tree : List.of("clean/src/main", "model/src/main")) {
            try (Stream<Path> walk = Files.walk(ROOT.resolve(tree))) {
                for (Path p : walk.filter(Files::isRegularFile).toList()) {
                    files.put(ROOT.relativize(p).toString(), Files.readAllBytes(p));
                }
            }
        }
        return files;
    }
}
