package org.parley.listening.crawl;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashSet;
import java.util.Queue;
import java.util.Set;

/**
 * The URLs still to visit, breadth first, and every URL ever queued in this crawl round, so that each normalised URL
 * is queued once. Not thread-safe: one per crawl.
 */
public final class Frontier {

	private final Queue<FrontierEntry> queue = new ArrayDeque<>();
	private final Set<String> seen = new HashSet<>();

	/**
	 * @param pending entries queued earlier and not yet visited, in order
	 * @param seenUrls every URL queued earlier in this round, visited or not
	 */
	public Frontier(Collection<FrontierEntry> pending, Collection<String> seenUrls) {
		seen.addAll(seenUrls);
		for (FrontierEntry entry : pending) {
			seen.add(entry.url());
			queue.add(entry);
		}
	}

	/**
	 * Queues an entry unless its URL was queued before.
	 *
	 * @return whether it was new
	 */
	public boolean offer(FrontierEntry entry) {
		if (!seen.add(entry.url())) {
			return false;
		}
		queue.add(entry);
		return true;
	}

	/** Whether {@code url} was queued before in this round. */
	public boolean hasSeen(String url) {
		return seen.contains(url);
	}

	/** The next entry, or {@code null} when there is none. */
	public FrontierEntry poll() {
		return queue.poll();
	}

	public boolean isEmpty() {
		return queue.isEmpty();
	}

	public int size() {
		return queue.size();
	}
}
