package org.parley.listening.crawl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.listening.fetch.CacheValidators;
import org.parley.model.ListeningSource;
import org.parley.model.ParleyFactory;

class CrawlStateTest {

	@TempDir
	Path dir;

	private static FrontierEntry page(String url, int depth) {
		return new FrontierEntry(url, FrontierEntry.Kind.PAGE, depth, 0);
	}

	@Test
	void keepsTheFrontierOfAStoppedRound() throws IOException {
		try (CrawlState state = CrawlState.open(dir)) {
			state.startRound();
			state.queued(page("http://s.example/", 0));
			state.queued(page("http://s.example/a", 1));
			state.queued(page("http://s.example/b", 1));
			state.visited("http://s.example/", new CacheValidators("\"e1\"", null), "hash0");
			state.finished("http://s.example/a", "http://s.example/a: HTTP 404");
		}

		try (CrawlState state = CrawlState.open(dir)) {
			assertThat(state.hasPending()).isTrue();
			assertThat(state.pending()).containsExactly(page("http://s.example/b", 1));
			assertThat(state.seenUrls()).hasSize(3);
			assertThat(state.visitedThisRound()).isEqualTo(2);
			assertThat(state.validators("http://s.example/").etag()).isEqualTo("\"e1\"");
			assertThat(state.urlWithContent("hash0")).isEqualTo("http://s.example/");
		}
	}

	@Test
	void dropsALineTornByACrashAndAppendsAfterTheLastWholeOne() throws IOException {
		try (CrawlState state = CrawlState.open(dir)) {
			state.startRound();
			state.queued(page("http://s.example/", 0));
		}
		Files.writeString(dir.resolve(CrawlState.JOURNAL), "Q\tPAGE\t1\t0\thttp://s.exa", StandardOpenOption.APPEND);

		try (CrawlState state = CrawlState.open(dir)) {
			assertThat(state.pending()).containsExactly(page("http://s.example/", 0));
			state.queued(page("http://s.example/c", 1));
		}
		try (CrawlState state = CrawlState.open(dir)) {
			assertThat(state.pending()).containsExactly(page("http://s.example/", 0), page("http://s.example/c", 1));
		}
	}

	@Test
	void startsANewRoundWithTheValidatorsOfTheLastOne() throws IOException {
		try (CrawlState state = CrawlState.open(dir)) {
			state.startRound();
			state.queued(page("http://s.example/", 0));
			state.visited("http://s.example/", new CacheValidators("\"e1\"", "Tue, 24 Nov 2026 10:00:00 GMT"), "h");
			state.linked("http://s.example/", List.of(new Link("http://s.example/a", false),
					new Link("http://s.example/?page=2", true)));
			state.endRound();
		}

		try (CrawlState state = CrawlState.open(dir)) {
			assertThat(state.hasPending()).isFalse();
			state.startRound();
			assertThat(state.seenUrls()).isEmpty();
			assertThat(state.urlWithContent("h")).isNull();
		}
		try (CrawlState state = CrawlState.open(dir)) {
			assertThat(state.validators("http://s.example/"))
					.isEqualTo(new CacheValidators("\"e1\"", "Tue, 24 Nov 2026 10:00:00 GMT"));
			assertThat(state.lastVisit("http://s.example/")).isNotNull();
			assertThat(state.roundStartedAt()).isNotNull();
			assertThat(state.links("http://s.example/")).containsExactly(new Link("http://s.example/a", false),
					new Link("http://s.example/?page=2", true));
			assertThat(Files.readAllLines(dir.resolve(CrawlState.JOURNAL), StandardCharsets.UTF_8)).hasSize(3);
		}
	}

	@Test
	@SuppressWarnings("try") // the first state is held open, not used
	void refusesASecondCrawlOfTheSameSourceWhileOneRuns() throws IOException {
		try (CrawlState running = CrawlState.open(dir)) {
			assertThatThrownBy(() -> CrawlState.open(dir)).isInstanceOf(IOException.class)
					.hasMessageContaining(CrawlState.JOURNAL).hasMessageEndingWith("another crawl of this source is running");
		}
		CrawlState.open(dir).close();
	}

	@Test
	void keepsItsFolderInsideTheProjectOutOfGit() throws IOException {
		ListeningSource source = ParleyFactory.eINSTANCE.createListeningSource();
		source.setId("src-1");

		Path folder = CrawlState.folder(dir, source);

		assertThat(folder).isEqualTo(dir.resolve(".parley/crawl/src-1"));
		assertThat(Files.readString(dir.resolve(".parley/crawl/.gitignore"))).isEqualTo("*\n");
	}

	@Test
	void writesABatchAtOnceAndVisitsAPageAgainWhenTheBatchWasCutShort() throws IOException {
		try (CrawlState state = CrawlState.open(dir)) {
			state.startRound();
			state.queued(page("http://s.example/", 0));
			state.batch(() -> {
				state.queued(page("http://s.example/a", 1));
				state.queued(page("http://s.example/b", 1));
				state.visited("http://s.example/", CacheValidators.NONE, "hash0");
			});
		}
		Path journal = dir.resolve(CrawlState.JOURNAL);
		List<String> lines = Files.readAllLines(journal, StandardCharsets.UTF_8);
		assertThat(lines.get(lines.size() - 1)).startsWith("V\thttp://s.example/\t");
		// A kill in the middle of the batch: the page's visit did not reach the disk, its first link did.
		Files.writeString(journal, String.join("\n", lines.subList(0, lines.size() - 2)) + "\n", StandardCharsets.UTF_8);

		try (CrawlState state = CrawlState.open(dir)) {
			assertThat(state.pending()).containsExactly(page("http://s.example/", 0), page("http://s.example/a", 1));
		}
	}
}
