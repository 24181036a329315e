package org.parley.ui.testing;

import java.nio.file.Path;

/** A wait that ran out of time; the message carries the widget tree and where the screenshot went. */
public class WaitTimeoutException extends AssertionError {

	private static final long serialVersionUID = 1L;

	private final transient Path screenshot;

	public WaitTimeoutException(String message, Path screenshot) {
		super(message);
		this.screenshot = screenshot;
	}

	/** The saved screenshot, or null when none could be taken. */
	public Path screenshot() {
		return screenshot;
	}
}
