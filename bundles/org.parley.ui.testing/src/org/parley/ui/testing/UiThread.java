package org.parley.ui.testing;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Display;

/** Runs driver code on the UI thread, directly when the caller is already on it. */
public final class UiThread {

	private UiThread() {
	}

	public static Display display() {
		Display display = Display.getCurrent();
		return display != null ? display : Display.getDefault();
	}

	public static boolean isCurrent() {
		return Display.getCurrent() != null;
	}

	/** Calls {@code task} on the UI thread and returns its result; its exceptions reach the caller. */
	public static <T> T call(Callable<T> task) {
		if (isCurrent()) {
			return callRethrowing(task);
		}
		AtomicReference<T> result = new AtomicReference<>();
		AtomicReference<RuntimeException> failure = new AtomicReference<>();
		display().syncExec(() -> {
			try {
				result.set(callRethrowing(task));
			} catch (RuntimeException e) {
				failure.set(e);
			}
		});
		if (failure.get() != null) {
			throw failure.get();
		}
		return result.get();
	}

	public static void run(Runnable task) {
		call(() -> {
			task.run();
			return null;
		});
	}

	private static <T> T callRethrowing(Callable<T> task) {
		try {
			return task.call();
		} catch (RuntimeException | Error e) {
			throw e;
		} catch (Exception e) {
			throw new IllegalStateException(e);
		}
	}
}
