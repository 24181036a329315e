package org.parley.listening.crawl;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToLongFunction;

import org.parley.listening.fetch.RobotsCache;

/**
 * The URLs still to visit, breadth first within each host, and every URL ever queued in this crawl round, so that each
 * normalised URL is queued once. Entries are kept per host (see {@link RobotsCache#hostKey}) so that concurrent
 * visitors can each take a different host, the one whose turn comes first. Not thread-safe: the crawl guards it.
 */
public final class Frontier {

	private final Map<String, Queue<FrontierEntry>> hosts = new LinkedHashMap<>();
	private final Set<String> seen = new HashSet<>();
	private int size;

	/**
	 * @param pending entries queued earlier and not yet visited, in order
	 * @param seenUrls every URL queued earlier in this round, visited or not
	 */
	public Frontier(Collection<FrontierEntry> pending, Collection<String> seenUrls) {
		seen.addAll(seenUrls);
		for (FrontierEntry entry : pending) {
			seen.add(entry.url());
			add(entry);
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
		add(entry);
		return true;
	}

	private void add(FrontierEntry entry) {
		hosts.computeIfAbsent(hostOf(entry), h -> new ArrayDeque<>()).add(entry);
		size++;
	}

	/** Whether {@code url} was queued before in this round. */
	public boolean hasSeen(String url) {
		return seen.contains(url);
	}

	/** The next entry of the host queued first, or {@code null} when there is none. */
	public FrontierEntry poll() {
		return poll(host -> false, host -> 0);
	}

	/**
	 * The next entry of the host that may be visited soonest, among those not taken.
	 *
	 * @param taken whether a host (by key) is already being visited and must be left alone
	 * @param waitNanos how long a request to a host would wait now; among equal waits the host queued first wins
	 * @return the entry, or {@code null} when every host with entries is taken (or there are none)
	 */
	public FrontierEntry poll(Predicate<String> taken, ToLongFunction<String> waitNanos) {
		String best = null;
		long bestWait = Long.MAX_VALUE;
		for (String host : hosts.keySet()) {
			if (taken.test(host)) {
				continue;
			}
			long wait = waitNanos.applyAsLong(host);
			if (best == null || wait < bestWait) {
				best = host;
				bestWait = wait;
				if (wait <= 0) {
					break;
				}
			}
		}
		if (best == null) {
			return null;
		}
		Queue<FrontierEntry> queue = hosts.get(best);
		FrontierEntry entry = queue.poll();
		if (queue.isEmpty()) {
			hosts.remove(best);
		}
		size--;
		return entry;
	}

	public boolean isEmpty() {
		return size == 0;
	}

	public int size() {
		return size;
	}

	/** The key of the host an entry's URL is on. */
	static String hostOf(FrontierEntry entry) {
		return RobotsCache.hostKey(URI.create(entry.url()));
	}
}
