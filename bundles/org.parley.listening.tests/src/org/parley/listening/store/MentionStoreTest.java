package org.parley.listening.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.git.GitSetup;

class MentionStoreTest {

	@TempDir
	Path project;

	static Mention mention(String page, int post, String date, String text) {
		String url = "https://community.giffgaff.com/t/" + page;
		return new Mention(Mention.idFor(url, "post-" + post), "giffgaff community", url, url + "#post-" + post,
				"Signal problems", "author-3f9a1c2b", date, "en", text, "2027-02-03T10:00:00Z", 200, "sha256:ab12",
				"parley-extract/0.1");
	}

	@Test
	void losesNoMentionWhenThreadsAddToOneFileAtOnce() throws Exception {
		MentionStore store = new MentionStore(project);
		int threads = 8;
		int each = 25;
		java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(threads);
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		List<java.util.concurrent.Future<Integer>> added = new java.util.ArrayList<>();
		for (int t = 0; t < threads; t++) {
			String page = "thread-" + t;
			added.add(pool.submit(() -> {
				start.await();
				int sum = 0;
				for (int i = 0; i < each; i++) {
					sum += store.add(List.of(mention(page, i, "2027-02-01T09:00", "post " + i + " of " + page)));
				}
				return sum;
			}));
		}
		start.countDown();
		int total = 0;
		for (java.util.concurrent.Future<Integer> future : added) {
			total += future.get(60, java.util.concurrent.TimeUnit.SECONDS);
		}
		pool.shutdown();

		assertThat(total).isEqualTo(threads * each);
		assertThat(store.files()).hasSize(1);
		assertThat(store.all()).hasSize(threads * each);
	}

	@Test
	void storesEachMentionOnceHoweverOftenItIsCrawled() throws IOException {
		MentionStore store = new MentionStore(project);

		assertThat(store.add(List.of(mention("a", 1, "2027-02-01T09:00", "No signal since Monday")))).isEqualTo(1);
		assertThat(store.add(List.of(mention("a", 1, "2027-02-01T09:00", "No signal since Monday"),
				mention("a", 2, "2027-02-01T10:00", "Same here")))).isEqualTo(1);

		assertThat(store.all()).hasSize(2);
	}

	@Test
	void filesMentionsByMonthOfThePostAndBySource() throws IOException {
		MentionStore store = new MentionStore(project);
		store.add(List.of(mention("a", 1, "2027-01-31T23:00", "January"), mention("b", 1, null, "undated post")));

		assertThat(store.files()).containsExactly(
				project.resolve("listening/mentions/2027/01/giffgaff-community.jsonl"),
				project.resolve("listening/mentions/2027/02/giffgaff-community.jsonl"));
	}

	@Test
	void keepsEachFileSortedById() throws IOException {
		MentionStore store = new MentionStore(project);
		for (int i = 0; i < 20; i++) {
			store.add(List.of(mention("p" + i, i, "2027-02-01T09:00", "post " + i)));
		}

		List<String> ids = Files.readAllLines(store.files().get(0)).stream().map(MentionJson::idOf).toList();
		assertThat(ids).hasSize(20).isSorted();
	}

	@Test
	void aBatchAppendsEachPageWithoutRewritingAndSortsEachFileWhenItCloses() throws IOException {
		MentionStore store = new MentionStore(project);
		store.add(List.of(mention("before", 1, "2027-02-01T09:00", "stored before the crawl")));
		Path file = store.files().get(0);
		List<String> before = Files.readAllLines(file);

		try (MentionStore.Batch batch = store.batch()) {
			for (int i = 19; i >= 0; i--) {
				assertThat(batch.add(List.of(mention("p" + i, i, "2027-02-01T09:00", "post " + i),
						mention("before", 1, "2027-02-01T09:00", "stored before the crawl")))).isEqualTo(1);
				// Appended: what the file held stays as it was, in front.
				List<String> lines = Files.readAllLines(file);
				assertThat(lines).hasSize(before.size() + 20 - i).startsWith(before.toArray(String[]::new));
				assertThat(MentionJson.idOf(lines.get(lines.size() - 1))).isEqualTo(mention("p" + i, i, null, "").id());
			}
			assertThat(batch.add(List.of(mention("p3", 3, "2027-02-01T09:00", "post 3")))).isZero();
		}

		List<String> ids = Files.readAllLines(file).stream().map(MentionJson::idOf).toList();
		assertThat(ids).hasSize(21).isSorted().doesNotHaveDuplicates();
		assertThat(store.all()).hasSize(21);
	}

	@Test
	void readsWhatABatchThatNeverClosedAppendedAndSortsItOnTheNextAdd() throws IOException {
		MentionStore store = new MentionStore(project);
		MentionStore.Batch killed = store.batch();
		for (int i = 9; i >= 0; i--) {
			killed.add(List.of(mention("p" + i, i, "2027-02-01T09:00", "post " + i)));
		}
		Path file = store.files().get(0);
		assertThat(Files.readAllLines(file).stream().map(MentionJson::idOf).toList()).isNotEqualTo(
				Files.readAllLines(file).stream().map(MentionJson::idOf).sorted().toList());

		assertThat(store.all()).hasSize(10);
		assertThat(store.add(List.of(mention("p4", 4, "2027-02-01T09:00", "post 4")))).isZero();
		assertThat(Files.readAllLines(file).stream().map(MentionJson::idOf).toList()).hasSize(10).isSorted();
	}

	@Test
	void readsBackTextsWithQuotesNewlinesAndAccents() throws IOException {
		MentionStore store = new MentionStore(project);
		Mention tricky = mention("c", 1, "2027-02-02T08:00", "Il a dit \"résilier\"\nmon compte\\forfait\t€ \u2028 fin");
		store.add(List.of(tricky));

		assertThat(store.all()).containsExactly(tricky);
		assertThat(Files.readAllLines(store.files().get(0))).hasSize(1);
	}

	@Test
	void namesFileAndLineOfARecordItCannotRead() throws IOException {
		MentionStore store = new MentionStore(project);
		store.add(List.of(mention("a", 1, "2027-02-01T09:00", "fine")));
		Path file = store.files().get(0);
		Files.writeString(file, "{\"id\":\"zz\",\"text\":\"cut off", StandardCharsets.UTF_8,
				java.nio.file.StandardOpenOption.APPEND);

		assertThatThrownBy(store::all).hasMessageStartingWith(file + ":2: not a mention record");
	}

	@Test
	void keepsBothBranchesMentionsThroughGitsUnionMerge() throws Exception {
		new GitSetup("parley").setUp(initRepository());
		MentionStore store = new MentionStore(project);
		store.add(List.of(mention("base", 1, "2027-02-01T09:00", "base")));
		git("add", "-A");
		git("commit", "-qm", "base");
		git("checkout", "-qb", "other");
		store.add(List.of(mention("theirs", 1, "2027-02-01T11:00", "theirs")));
		git("commit", "-qam", "theirs");
		git("checkout", "-q", "-");
		store.add(List.of(mention("ours", 1, "2027-02-01T10:00", "ours")));
		git("commit", "-qam", "ours");

		git("merge", "-q", "--no-edit", "other");

		assertThat(store.all()).extracting(Mention::text).containsExactlyInAnyOrder("base", "ours", "theirs");
		store.add(List.of());
		assertThat(store.add(List.of(mention("ours", 1, "2027-02-01T10:00", "ours")))).isZero();
		List<String> ids = Files.readAllLines(store.files().get(0)).stream().map(MentionJson::idOf).toList();
		assertThat(ids).hasSize(3).isSorted();
	}

	private Path initRepository() throws Exception {
		git("init", "-q");
		git("config", "user.email", "test@parley.invalid");
		git("config", "user.name", "Parley test");
		return project;
	}

	private void git(String... args) throws Exception {
		String[] command = new String[args.length + 1];
		command[0] = "git";
		System.arraycopy(args, 0, command, 1, args.length);
		Process process = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(process.waitFor()).as(String.join(" ", command) + ": " + output).isZero();
	}
}
