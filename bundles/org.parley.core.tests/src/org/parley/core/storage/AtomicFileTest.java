package org.parley.core.storage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

	@TempDir
	Path folder;

	@Test
	void replacesTheContentWithoutLeavingATemporaryFile() throws IOException {
		Path file = folder.resolve("sub/plan.parley");
		AtomicFile.write(file, "old".getBytes(StandardCharsets.UTF_8));

		boolean written = AtomicFile.write(file, "new".getBytes(StandardCharsets.UTF_8));

		assertThat(written).isTrue();
		assertThat(file).hasContent("new");
		try (var files = Files.list(file.getParent())) {
			assertThat(files).containsExactly(file);
		}
	}

	@Test
	void leavesAFileWithTheSameContentAlone() throws IOException {
		Path file = folder.resolve("plan.parley");
		AtomicFile.write(file, "same".getBytes(StandardCharsets.UTF_8));

		assertThat(AtomicFile.write(file, "same".getBytes(StandardCharsets.UTF_8))).isFalse();
	}
}
