package org.parley.modelgen;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SourceTreeTest {

	@TempDir
	Path folder;

	@Test
	void namesMissingExtraAndChangedFiles() {
		SourceTree expected = tree(Map.of("a/Same.java", "same", "a/Changed.java", "new", "b/Missing.java", "x"));
		SourceTree actual = tree(Map.of("a/Same.java", "same", "a/Changed.java", "old", "c/Extra.java", "y"));

		assertThat(expected.differencesFrom(actual))
				.containsExactly("changed: a/Changed.java", "missing: b/Missing.java", "extra: c/Extra.java");
	}

	@Test
	void readsPathsRelativeToTheFolderWithSlashes() throws IOException {
		write("org/parley/A.java", "a");

		assertThat(SourceTree.read(folder).files()).containsOnlyKeys("org/parley/A.java");
	}

	@Test
	void readsAnAbsentFolderAsEmpty() throws IOException {
		assertThat(SourceTree.read(folder.resolve("absent")).files()).isEmpty();
	}

	@Test
	void writingLeavesExactlyTheTreeAndDropsEmptiedFolders() throws IOException {
		write("keep/Same.java", "same");
		write("keep/Changed.java", "old");
		write("gone/Stale.java", "stale");

		int[] writtenAndDeleted = tree(Map.of("keep/Same.java", "same", "keep/Changed.java", "new", "add/New.java", "n"))
				.writeTo(folder);

		assertThat(writtenAndDeleted).containsExactly(2, 1);
		assertThat(SourceTree.read(folder).differencesFrom(tree(Map.of(
				"keep/Same.java", "same", "keep/Changed.java", "new", "add/New.java", "n")))).isEmpty();
		assertThat(folder.resolve("gone")).doesNotExist();
	}

	@Test
	void writingDoesNotTouchUnchangedFiles() throws IOException {
		Path same = write("Same.java", "same");
		FileTime longAgo = FileTime.fromMillis(0);
		Files.setLastModifiedTime(same, longAgo);

		tree(Map.of("Same.java", "same")).writeTo(folder);

		assertThat(Files.getLastModifiedTime(same)).isEqualTo(longAgo);
	}

	private Path write(String path, String text) throws IOException {
		Path file = folder.resolve(path);
		Files.createDirectories(file.getParent());
		return Files.writeString(file, text);
	}

	private static SourceTree tree(Map<String, String> texts) {
		Map<String, byte[]> files = new HashMap<>();
		texts.forEach((path, text) -> files.put(path, text.getBytes(UTF_8)));
		return new SourceTree(files);
	}
}
