package org.parley.core.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFileTest {

	@TempDir
	Path folder;

	@Test
	void writesEveryFileOfABatchAndLeavesNoTemporaryFile() throws IOException {
		Map<Path, byte[]> files = new LinkedHashMap<>();
		for (int i = 0; i < 20; i++) {
			files.put(folder.resolve("calendar/" + i + ".parley"), ("content " + i).getBytes());
		}
		Files.createDirectories(folder.resolve("calendar"));
		Files.writeString(folder.resolve("calendar/3.parley"), "old");

		AtomicFile.writeAll(files);

		for (Map.Entry<Path, byte[]> file : files.entrySet()) {
			assertThat(file.getKey()).hasBinaryContent(file.getValue());
		}
		assertThat(temporaryFiles()).isEmpty();
	}

	@Test
	void leavesEveryFileAsItWasWhenOneOfTheBatchCannotBeWritten() throws IOException {
		Path plan = Files.writeString(folder.resolve("plan.parley"), "old plan");
		Path notAFolder = Files.writeString(folder.resolve("calendar"), "a file where the folder should be");
		Map<Path, byte[]> files = new LinkedHashMap<>();
		files.put(plan, "new plan".getBytes());
		files.put(folder.resolve("strategy.parley"), "new strategy".getBytes());
		files.put(notAFolder.resolve("2026-11.parley"), "new month".getBytes());

		assertThatThrownBy(() -> AtomicFile.writeAll(files)).isInstanceOf(IOException.class)
				.hasMessageStartingWith(notAFolder.resolve("2026-11.parley").toString());

		assertThat(plan).hasContent("old plan");
		assertThat(folder.resolve("strategy.parley")).doesNotExist();
		assertThat(temporaryFiles()).isEmpty();
	}

	private List<Path> temporaryFiles() throws IOException {
		try (Stream<Path> all = Files.walk(folder)) {
			return all.filter(AtomicFile::isTemporary).toList();
		}
	}
}
