package org.parley.listening.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
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
