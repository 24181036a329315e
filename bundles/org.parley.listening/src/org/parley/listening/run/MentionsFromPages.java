package org.parley.listening.run;

import java.io.IOException;
import java.time.ZoneId;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.jsoup.nodes.Document;
import org.parley.listening.crawl.PageHandler;
import org.parley.listening.extract.AuthorPseudonymizer;
import org.parley.listening.extract.Extraction;
import org.parley.listening.extract.NotHtmlException;
import org.parley.listening.extract.PageExtractor;
import org.parley.listening.fetch.FetchResult;
import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionStore;

/**
 * The page handler of one source's crawl: extracts each page, stores its mentions (before the crawl records the page
 * as visited) and queues them for the index. Called from several threads at once; each thread extracts with its own
 * {@link PageExtractor}.
 */
final class MentionsFromPages implements PageHandler {

	private final String source;
	private final ThreadLocal<PageExtractor> extractors;
	private final MentionsOfPage mentionsOfPage = new MentionsOfPage();
	private final MentionStore.Batch store;
	private final IndexBatcher indexing;
	private final ProgressTotals totals;
	private final AtomicInteger stored = new AtomicInteger();

	MentionsFromPages(String source, ZoneId zone, AuthorPseudonymizer pseudonymizer, MentionStore.Batch store,
			IndexBatcher indexing, ProgressTotals totals) {
		this.source = source;
		this.extractors = ThreadLocal.withInitial(() -> new PageExtractor(zone, pseudonymizer));
		this.store = store;
		this.indexing = indexing;
		this.totals = totals;
	}

	/** How many new mentions were stored so far. */
	int stored() {
		return stored.get();
	}

	@Override
	public void handle(FetchResult page) throws IOException {
		Extraction extraction;
		try {
			extraction = extractors.get().extract(page.body(), page.contentType(), page.finalUrl().toString(),
					page.fetchedAt());
		} catch (NotHtmlException e) {
			return;
		}
		store(page, extraction);
	}

	@Override
	public void handle(FetchResult page, Document html) throws IOException {
		store(page, extractors.get().extract(html, page.fetchedAt()));
	}

	private void store(FetchResult page, Extraction extraction) throws IOException {
		List<Mention> mentions = mentionsOfPage.of(source, page, extraction);
		int added = store.add(mentions);
		indexing.add(mentions);
		stored.addAndGet(added);
		totals.stored(added);
	}
}
