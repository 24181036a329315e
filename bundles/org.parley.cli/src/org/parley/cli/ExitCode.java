package org.parley.cli;

/** The command line's exit codes, the same for every command. */
public final class ExitCode {

	/** Done; warnings alone are a success. */
	public static final int OK = 0;
	/** Done, with findings: validation errors, merge conflicts. */
	public static final int FINDINGS = 1;
	/** Bad usage or unreadable input; one line on standard error names the file and the problem. */
	public static final int BAD_INPUT = 2;

	private ExitCode() {
	}
}
