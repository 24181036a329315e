package org.parley.listening.fetch;

import java.io.ByteArrayOutputStream;
import java.net.http.HttpResponse.BodySubscriber;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Collects a response body up to a cap and remembers when data last arrived, so the {@link Fetcher} can tell a slow
 * server from a stalled one and can stop reading at any moment by cancelling the subscription (which closes the
 * connection) instead of waiting in a blocking read.
 */
final class BodyCollector implements BodySubscriber<BodyCollector.Body> {

	/** The bytes read and whether reading stopped at the cap. */
	record Body(byte[] bytes, boolean truncated) {
	}

	private final long cap;
	private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
	private final CompletableFuture<Body> result = new CompletableFuture<>();
	private volatile Flow.Subscription subscription;
	private volatile long lastDataNanos = System.nanoTime();
	private volatile boolean cancelled;

	BodyCollector(long cap) {
		this.cap = cap;
	}

	/** A collector that refuses the body without reading it, e.g. when Content-Length already exceeds the cap. */
	static BodyCollector refusing() {
		BodyCollector collector = new BodyCollector(0);
		collector.cancelled = true;
		collector.result.complete(new Body(new byte[0], true));
		return collector;
	}

	long lastDataNanos() {
		return lastDataNanos;
	}

	/** Stops reading; the connection is closed by the client. */
	void cancel() {
		cancelled = true;
		Flow.Subscription s = subscription;
		if (s != null) {
			s.cancel();
		}
	}

	@Override
	public CompletionStage<Body> getBody() {
		return result;
	}

	@Override
	public void onSubscribe(Flow.Subscription s) {
		subscription = s;
		lastDataNanos = System.nanoTime();
		if (cancelled) {
			s.cancel();
		} else {
			s.request(1);
		}
	}

	@Override
	public void onNext(List<ByteBuffer> buffers) {
		lastDataNanos = System.nanoTime();
		if (result.isDone()) {
			return;
		}
		for (ByteBuffer buffer : buffers) {
			int n = buffer.remaining();
			if (bytes.size() + (long) n > cap) {
				// Keep nothing beyond the cap: the page is dropped anyway, and memory must stay bounded.
				result.complete(new Body(bytes.toByteArray(), true));
				cancel();
				return;
			}
			byte[] chunk = new byte[n];
			buffer.get(chunk);
			bytes.write(chunk, 0, n);
		}
		subscription.request(1);
	}

	@Override
	public void onError(Throwable error) {
		result.completeExceptionally(error);
	}

	@Override
	public void onComplete() {
		result.complete(new Body(bytes.toByteArray(), false));
	}
}
