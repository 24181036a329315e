package org.parley.listening.fetch;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * Spaces requests to each host and limits how many run at once overall. A caller {@link #acquire acquires} a permit
 * for a URL, fetches, and closes the permit; the next request to the same host is let through only after the host's
 * delay has passed since that close, and never while another request to the host is running. Waiting threads sleep
 * on a condition until their host is free or its delay has passed; nobody spins.
 */
public final class PolitenessScheduler {

	/** The delay between two requests to one host unless a source or robots.txt asks for more. */
	public static final Duration DEFAULT_DELAY = Duration.ofSeconds(1);

	/** How many requests may run at once by default. */
	public static final int DEFAULT_CONCURRENCY = 4;

	private final int concurrency;
	private final Semaphore slots;
	private final ReentrantLock lock = new ReentrantLock();
	private final Condition changed = lock.newCondition();
	private final Map<String, Host> hosts = new HashMap<>();

	public PolitenessScheduler() {
		this(DEFAULT_CONCURRENCY);
	}

	public PolitenessScheduler(int concurrency) {
		this.concurrency = concurrency;
		this.slots = new Semaphore(concurrency, true);
	}

	/** How many requests may run at once overall. */
	public int concurrency() {
		return concurrency;
	}

	/**
	 * A gate for the {@link Fetcher} that waits in this scheduler for the host of each request, redirect targets
	 * included.
	 *
	 * @param delayOf the delay to keep after a request to a URL's host (e.g. the largest of the source's delay and the
	 *            host's robots.txt crawl-delay)
	 */
	public RequestGate gate(Function<URI, Duration> delayOf) {
		return url -> acquire(url, delayOf.apply(url));
	}

	/**
	 * How long a request to the host of key {@code hostKey} (see {@link RobotsCache#hostKey}) would wait now for its
	 * delay: 0 when it may go at once, {@link Long#MAX_VALUE} while a request to it runs. Lets a crawl pick the host
	 * whose turn comes first.
	 */
	public long waitNanos(String hostKey) {
		lock.lock();
		try {
			Host host = hosts.get(hostKey);
			if (host == null) {
				return 0;
			}
			if (host.busy) {
				return Long.MAX_VALUE;
			}
			return host.notBeforeNanos == Long.MIN_VALUE ? 0 : Math.max(0, host.notBeforeNanos - System.nanoTime());
		} finally {
			lock.unlock();
		}
	}

	/** A granted request; closing it starts the host's delay and frees a global slot. */
	public interface Permit extends AutoCloseable {
		@Override
		void close();
	}

	private static final class Host {
		boolean busy;
		long notBeforeNanos = Long.MIN_VALUE;
	}

	/**
	 * Waits until a request to {@code url}'s host may start.
	 *
	 * @param delay the least time between the end of one request to the host and the start of the next; callers pass
	 *            the largest of the source's delay and robots.txt's crawl-delay
	 */
	public Permit acquire(URI url, Duration delay) throws InterruptedException {
		String key = RobotsCache.hostKey(url);
		lock.lock();
		try {
			Host host = hosts.computeIfAbsent(key, k -> new Host());
			while (true) {
				long wait = host.notBeforeNanos == Long.MIN_VALUE ? 0 : host.notBeforeNanos - System.nanoTime();
				if (!host.busy && wait <= 0) {
					break;
				}
				if (host.busy) {
					changed.await();
				} else {
					changed.awaitNanos(wait);
				}
			}
			host.busy = true;
		} finally {
			lock.unlock();
		}
		try {
			slots.acquire();
		} catch (InterruptedException e) {
			release(key, Duration.ZERO);
			throw e;
		}
		return new Permit() {
			private boolean closed;

			@Override
			public void close() {
				if (!closed) {
					closed = true;
					slots.release();
					release(key, delay);
				}
			}
		};
	}

	private void release(String key, Duration delay) {
		lock.lock();
		try {
			Host host = hosts.get(key);
			host.busy = false;
			host.notBeforeNanos = System.nanoTime() + delay.toNanos();
			changed.signalAll();
		} finally {
			lock.unlock();
		}
	}

	/** How many requests may start right now without waiting for a slot (for tests and progress displays). */
	int freeSlots() {
		return slots.availablePermits();
	}

}
