package org.parley.ui.testing;

import org.eclipse.swt.widgets.Shell;

/** A window or dialog, found by its title. */
public class ShellHandle extends ContainerHandle<Shell> {

	public ShellHandle(Shell shell, Waiter waiter) {
		super(shell, waiter);
	}

	public String title() {
		return UiThread.call(widget::getText);
	}

	public ShellHandle activate() {
		UiThread.run(() -> {
			widget.forceActive();
			widget.setFocus();
		});
		return this;
	}

	public boolean isOpen() {
		return UiThread.call(() -> !widget.isDisposed() && widget.isVisible());
	}

	/** Closes the shell as its close button would, then waits until it is gone. */
	public void close() {
		UiThread.run(() -> {
			if (!widget.isDisposed()) {
				widget.close();
			}
		});
		waiter.until(Condition.of("shell '" + widget + "' to close", () -> widget.isDisposed() || !widget.isVisible()));
	}
}
