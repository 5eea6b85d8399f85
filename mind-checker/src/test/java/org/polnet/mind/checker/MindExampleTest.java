package org.polnet.mind.checker;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MindExampleTest {

    @TempDir
    Path dir;

    @Test
    void theExamplePackageFindsTheSpecimenPassportOffline() throws IOException {
        MindExample.write(dir, 10_000, Instant.parse("2026-11-28T08:00:00Z"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        int status = new MindChecker(new PrintStream(out, true, StandardCharsets.UTF_8), System.err).run(new String[] {
                "--package", dir.resolve("sltd.mind").toString(), "--public-key", dir.resolve("mind.pub").toString(),
                "--mrz-file", dir.resolve("scan.txt").toString()});

        assertThat(status).isEqualTo(1);
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("10002 entries").contains("POSSIBLE HIT");
    }
}
