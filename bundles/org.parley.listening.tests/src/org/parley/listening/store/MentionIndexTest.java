package org.parley.listening.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.parley.listening.store.MentionStoreTest.mention;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MentionIndexTest {

	@TempDir
	Path project;

	@Test
	void findsMentionsByTheWordsOfTheirText() throws IOException {
		Mention outage = mention("a", 1, "2027-02-01T09:00", "Total outage in Leeds, no signal at all");
		Mention billing = mention("b", 1, "2027-02-01T10:00", "My bill doubled this month");
		MentionIndex index = new MentionIndex(project);

		index.update(List.of(outage, billing));

		assertThat(index.search("outage Leeds", 10)).containsExactly(outage.id());
		assertThat(index.search("bill", 10)).containsExactly(billing.id());
		assertThat(index.search("refund", 10)).isEmpty();
	}

	@Test
	void indexesAMentionOnceHoweverOftenItIsUpdated() throws IOException {
		Mention outage = mention("a", 1, "2027-02-01T09:00", "Total outage in Leeds");
		MentionIndex index = new MentionIndex(project);

		index.update(List.of(outage));
		index.update(List.of(outage));

		assertThat(index.size()).isEqualTo(1);
	}

	@Test
	void rebuildsFromTheMentionFilesAfterTheIndexIsLost() throws IOException {
		MentionStore store = new MentionStore(project);
		store.add(List.of(mention("a", 1, "2027-02-01T09:00", "résilier mon compte"),
				mention("b", 1, "2027-03-01T09:00", "cancel my contract")));
		MentionIndex index = new MentionIndex(project);
		index.update(store.all());
		deleteRecursively(project.resolve(MentionIndex.FOLDER));

		assertThat(index.size()).isZero();
		assertThat(index.rebuild()).isEqualTo(2);
		assertThat(index.search("résilier", 10)).hasSize(1);
	}

	@Test
	void keepsTheIndexOutOfGit() throws IOException {
		new MentionIndex(project).update(List.of(mention("a", 1, "2027-02-01T09:00", "text")));

		assertThat(Files.readString(project.resolve(MentionIndex.FOLDER).resolve(".gitignore"))).isEqualTo("*\n");
	}

	private static void deleteRecursively(Path folder) throws IOException {
		try (var walk = Files.walk(folder)) {
			for (Path path : walk.sorted(java.util.Comparator.reverseOrder()).toList()) {
				Files.delete(path);
			}
		}
	}
}
