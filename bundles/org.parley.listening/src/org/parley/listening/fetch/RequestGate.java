package org.parley.listening.fetch;

import java.net.URI;

/**
 * Lets each request of a fetch go when its host's turn has come: the first request, every redirect hop (which may go
 * to another host) and every retry. The {@link Fetcher} closes the permit as soon as the response has been read, so a
 * redirect to another host waits for that host's turn without holding the first host's.
 */
@FunctionalInterface
public interface RequestGate {

	/** Lets every request go at once. */
	RequestGate OPEN = url -> () -> {
	};

	/**
	 * Waits until a request to {@code url} may start.
	 *
	 * @throws InterruptedException when the thread is interrupted while waiting
	 */
	PolitenessScheduler.Permit enter(URI url) throws InterruptedException;
}
