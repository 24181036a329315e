package org.parley.ui.testing;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.eclipse.swt.widgets.Display;

/**
 * Waits for a {@link Condition} without sleeping: on the UI thread it keeps dispatching events
 * (so the UI can reach the awaited state); on another thread it re-checks through the event
 * queue. A timeout fails with a dump of the widget tree and a screenshot.
 */
public final class Waiter {

	private static final int RECHECK_MILLIS = 20;

	private final Duration timeout;

	public Waiter(Duration timeout) {
		this.timeout = timeout;
	}

	public Duration timeout() {
		return timeout;
	}

	public void until(Condition condition) {
		until(condition, timeout);
	}

	public void until(Condition condition, Duration limit) {
		boolean met = UiThread.isCurrent() ? dispatchUntil(condition, limit) : pollUntil(condition, limit);
		if (!met) {
			throw timeoutFailure(condition, limit);
		}
	}

	private static boolean dispatchUntil(Condition condition, Duration limit) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + limit.toNanos();
		while (!condition.test()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			// a timer guarantees that sleep() returns even when no other event arrives
			display.timerExec(RECHECK_MILLIS, () -> {
			});
			if (!display.readAndDispatch()) {
				display.sleep();
			}
		}
		return true;
	}

	private static boolean pollUntil(Condition condition, Duration limit) {
		Display display = UiThread.display();
		CompletableFuture<Void> met = new CompletableFuture<>();
		Runnable check = new Runnable() {
			@Override
			public void run() {
				if (met.isDone() || display.isDisposed()) {
					return;
				}
				if (condition.test()) {
					met.complete(null);
				} else {
					display.timerExec(RECHECK_MILLIS, this);
				}
			}
		};
		display.asyncExec(check);
		try {
			met.get(limit.toMillis(), TimeUnit.MILLISECONDS);
			return true;
		} catch (TimeoutException e) {
			met.cancel(false);
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		} catch (ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
	}

	private static WaitTimeoutException timeoutFailure(Condition condition, Duration limit) {
		String dump = UiThread.call(() -> new WidgetTreeDump().dumpAllShells());
		var shot = Screenshots.save("timeout-" + condition.description());
		return new WaitTimeoutException("Timed out after " + limit.toMillis() + " ms waiting for: "
				+ condition.description() + "\nScreenshot: " + (shot == null ? "(none)" : shot)
				+ "\nWidgets:\n" + dump, shot);
	}
}
