package org.parley.listening.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.listening.crawl.CrawlProgress;
import org.parley.listening.extract.Corpora;
import org.parley.listening.fetch.LocalSite;
import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionIndex;
import org.parley.listening.store.MentionStore;
import org.parley.model.Listening;
import org.parley.model.ListeningSource;
import org.parley.model.ParleyFactory;
import org.parley.model.Plan;
import org.parley.model.SourceKind;

/** The whole pipeline against a local site serving real pages: a forum thread and a blog article. */
class ProjectCrawlTest {

	@TempDir
	Path project;

	private LocalSite site;
	private Plan plan;

	@BeforeEach
	void serveRealPages() throws IOException {
		Path corpora = Corpora.root();
		site = LocalSite.start()
				.html("/forum/", "<html><body><h1>Community</h1>"
						+ "<a href='/forum/threads/pepe'>Pepe</a> <a href='/forum/blog/post'>Our blog</a></body></html>")
				.page("/forum/threads/pepe", "text/html; charset=utf-8",
						Files.readAllBytes(corpora.resolve("trafilatura/pages/katzen-forum.net-Pepe.html")))
				.page("/forum/blog/post", "text/html; charset=utf-8",
						Files.readAllBytes(corpora.resolve("readability/wordpress/source.html")));
		plan = planWithSource(site.base() + "/forum/");
	}

	@AfterEach
	void stopSite() {
		site.close();
	}

	@Test
	void storesThePostsOfAThreadAndTheArticleOfABlogPage() throws Exception {
		List<ProjectCrawl.SourceResult> results = crawl();

		assertThat(results).singleElement().satisfies(r -> {
			assertThat(r.summary().failed()).isEmpty();
			assertThat(r.summary().pages()).isEqualTo(3);
			assertThat(r.newMentions()).isGreaterThan(3);
		});
		List<Mention> mentions = new MentionStore(project).all();
		assertThat(mentions).anyMatch(m -> m.url().endsWith("/forum/threads/pepe") && m.author() != null);
		assertThat(mentions).anyMatch(m -> m.url().endsWith("/forum/blog/post") && m.text().length() > 500);
		assertThat(mentions).allMatch(m -> m.status() == 200 && m.contentHash() != null && m.fetchedAt() != null);
	}

	@Test
	void storesAuthorsAsPseudonymsWithTheProjectsKey() throws Exception {
		crawl();

		assertThat(new MentionStore(project).all()).filteredOn(m -> m.author() != null)
				.isNotEmpty().allMatch(m -> m.author().matches("author-[0-9a-f]{8}"));
		assertThat(Files.readString(project.resolve(PseudonymKey.FILE)).strip()).hasSize(64);
	}

	@Test
	void aSecondCrawlStoresNothingAgain() throws Exception {
		crawl();
		int stored = new MentionStore(project).all().size();

		List<ProjectCrawl.SourceResult> again = crawl();

		assertThat(again.get(0).newMentions()).isZero();
		assertThat(new MentionStore(project).all()).hasSize(stored);
	}

	@Test
	void keepsTheIndexInStepWithTheStore() throws Exception {
		crawl();

		MentionIndex index = new MentionIndex(project);
		assertThat(index.size()).isEqualTo(new MentionStore(project).all().size());
		assertThat(index.search("Pepe", 50)).isNotEmpty();
	}

	@Test
	void rebuildsTheIndexWhenAKilledCrawlLeftItStale() throws Exception {
		crawl();
		int stored = new MentionStore(project).all().size();
		// What a crawl killed between storing mentions and indexing them leaves: mentions the index lacks, and the mark.
		try (java.util.stream.Stream<Path> files = Files.walk(project.resolve(MentionIndex.FOLDER))) {
			files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
		}
		MentionIndex index = new MentionIndex(project);
		index.markStale();
		assertThat(index.size()).isZero();

		crawl();

		assertThat(index.size()).isEqualTo(stored);
		assertThat(index.isStale()).isFalse();
	}

	@Test
	void crawlsTheSourcesAtOnceAndReportsTheirSum() throws Exception {
		byte[] thread = Files.readAllBytes(Corpora.root().resolve("trafilatura/pages/katzen-forum.net-Pepe.html"));
		try (LocalSite second = LocalSite.startOn("127.0.0.2")) {
			// Each start page is answered once both are asked for: crawling one source after the other would wait.
			CountDownLatch bothAsked = new CountDownLatch(2);
			AtomicInteger together = new AtomicInteger();
			for (LocalSite each : List.of(site, second)) {
				each.handle("/together/", exchange -> {
					bothAsked.countDown();
					try {
						if (bothAsked.await(5, TimeUnit.SECONDS)) {
							together.incrementAndGet();
						}
					} catch (InterruptedException e) {
						Thread.currentThread().interrupt();
					}
					LocalSite.send(exchange, 200, "text/html; charset=utf-8", thread);
				});
			}
			plan = planWithSource(site.base() + "/together/");
			ListeningSource other = ParleyFactory.eINSTANCE.createListeningSource();
			other.setId(UUID.randomUUID().toString());
			other.setName("Second community");
			other.setKind(SourceKind.FORUM);
			other.setUrl(second.base() + "/together/");
			other.setMaxDepth(0);
			plan.getListening().getSources().get(0).setMaxDepth(0);
			plan.getListening().getSources().add(other);
			List<CrawlProgress> reports = Collections.synchronizedList(new ArrayList<>());

			List<ProjectCrawl.SourceResult> results = new ProjectCrawl(project, plan, ProjectCrawl.Options.defaults())
					.run(reports::add, () -> false);

			assertThat(together.get()).isEqualTo(2);
			assertThat(results).extracting(ProjectCrawl.SourceResult::source).containsExactly("Local community",
					"Second community");
			assertThat(results).allSatisfy(r -> assertThat(r.newMentions()).isPositive());
			int mentions = results.stream().mapToInt(ProjectCrawl.SourceResult::newMentions).sum();
			assertThat(new MentionStore(project).all()).hasSize(mentions);
			CrawlProgress last = reports.get(reports.size() - 1);
			assertThat(last.visited()).isEqualTo(2);
			assertThat(last.pages()).isEqualTo(2);
			assertThat(last.mentions()).isEqualTo(mentions);
			assertThat(last.errors()).isZero();
		}
	}

	private List<ProjectCrawl.SourceResult> crawl() throws Exception {
		return new ProjectCrawl(project, plan, ProjectCrawl.Options.defaults())
				.run(progress -> { }, () -> false);
	}

	private static Plan planWithSource(String url) {
		ParleyFactory factory = ParleyFactory.eINSTANCE;
		Plan plan = factory.createPlan();
		plan.setId(UUID.randomUUID().toString());
		plan.setTimeZone(ZoneId.of("Europe/Paris"));
		Listening listening = factory.createListening();
		listening.setId(UUID.randomUUID().toString());
		ListeningSource source = factory.createListeningSource();
		source.setId(UUID.randomUUID().toString());
		source.setName("Local community");
		source.setKind(SourceKind.FORUM);
		source.setUrl(url);
		source.setMaxPages(10);
		source.setMaxDepth(2);
		source.setPolitenessDelayMillis(20);
		listening.getSources().add(source);
		plan.setListening(listening);
		return plan;
	}

}
