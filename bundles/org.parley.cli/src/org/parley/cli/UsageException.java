package org.parley.cli;

/** Input the command cannot work with; the message names the file or argument and the problem. */
public class UsageException extends RuntimeException {

	private static final long serialVersionUID = 1L;

	public UsageException(String message) {
		super(message);
	}

	public UsageException(String message, Throwable cause) {
		super(message, cause);
	}
}
