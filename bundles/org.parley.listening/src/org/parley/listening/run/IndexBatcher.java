package org.parley.listening.run;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionIndex;

/**
 * Feeds the mentions a crawl stores to the search index in batches rather than page by page: opening and committing
 * the Lucene index costs several flushes to disk, more than the rest of a page's pipeline. The index is a cache the
 * mention files can rebuild, so while batches wait the index is {@link MentionIndex#markStale marked stale}: a crawl
 * killed before its last batch leaves the mark, and the next crawl rebuilds the index before it starts.
 */
final class IndexBatcher implements AutoCloseable {

	static final int MOST_MENTIONS = 500;
	static final Duration LONGEST_WAIT = Duration.ofSeconds(2);

	private final MentionIndex index;
	private final List<Mention> pending = new ArrayList<>();
	private long lastFlushNanos = System.nanoTime();

	/**
	 * Rebuilds the index when an earlier crawl left it stale, then marks it stale until {@link #close()}.
	 *
	 * @throws IOException naming the file that could not be read or written
	 */
	IndexBatcher(MentionIndex index) throws IOException {
		this.index = index;
		if (index.isStale()) {
			index.rebuild();
		}
		index.markStale();
	}

	/** Queues mentions just stored; indexes the queue once it is large or old enough. */
	synchronized void add(List<Mention> mentions) throws IOException {
		pending.addAll(mentions);
		if (pending.size() >= MOST_MENTIONS || System.nanoTime() - lastFlushNanos >= LONGEST_WAIT.toNanos()) {
			flush();
		}
	}

	private void flush() throws IOException {
		if (!pending.isEmpty()) {
			index.update(pending);
			pending.clear();
		}
		lastFlushNanos = System.nanoTime();
	}

	/** Indexes what is queued and, when that worked, removes the mark. */
	@Override
	public synchronized void close() throws IOException {
		flush();
		index.clearStale();
	}
}
