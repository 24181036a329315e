package org.parley.listening.run;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;

import org.parley.listening.crawl.UrlNormalizer;
import org.parley.listening.extract.Extraction;
import org.parley.listening.extract.Post;
import org.parley.listening.fetch.FetchResult;
import org.parley.listening.store.Mention;

/**
 * Turns what the extractor saw on a page into mentions with provenance: one per post of a thread or comment
 * list, and the article itself when it has text of its own.
 */
final class MentionsOfPage {

	/** Written into every mention, so a later extractor can tell which records to re-extract. */
	static final String EXTRACTOR_VERSION = "parley-extract/0.1";

	private final UrlNormalizer normalizer = new UrlNormalizer();

	List<Mention> of(String source, FetchResult page, Extraction extraction) {
		String canonical = normalizer.normalize(page.finalUrl().toString());
		String fetchedAt = page.fetchedAt().truncatedTo(ChronoUnit.SECONDS).toString();
		List<Mention> mentions = new ArrayList<>();
		boolean article = !extraction.text().isBlank() && !isThread(extraction);
		if (article) {
			mentions.add(new Mention(Mention.idFor(canonical, "article"), source, canonical, canonical,
					extraction.title(), null, null, extraction.lang(), extraction.text(), fetchedAt, page.status(),
					page.contentHash(), EXTRACTOR_VERSION));
		}
		int index = 0;
		for (Post post : extraction.posts()) {
			index++;
			// a post's own permalink identifies it best; its position is the fallback for pages without one
			String key = post.url() != null && !post.url().isBlank() ? post.url() : "post-" + index;
			mentions.add(new Mention(Mention.idFor(canonical, key), source, canonical,
					post.url() != null ? post.url() : canonical, extraction.title(), post.author(),
					post.date() == null ? null : post.date().toString(), extraction.lang(), post.text(), fetchedAt,
					page.status(), page.contentHash(), EXTRACTOR_VERSION));
		}
		return mentions;
	}

	/** A thread's text is its posts' text; storing it again as an article would count every post twice. */
	private static boolean isThread(Extraction extraction) {
		if (extraction.posts().size() < 2) {
			return false;
		}
		String first = extraction.posts().get(0).text();
		return first != null && !first.isBlank() && extraction.text().startsWith(first.substring(0, Math.min(40, first.length())));
	}
}
