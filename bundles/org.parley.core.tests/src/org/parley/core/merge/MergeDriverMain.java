package org.parley.core.merge;

/**
 * The command line that Git runs in {@link MergeDriverTest}, standing in for {@code parley merge-driver}: arguments
 * {@code merge-driver BASE OURS THEIRS PATH}, exit code from {@link MergeDriver#run}.
 */
public final class MergeDriverMain {

	private MergeDriverMain() {
	}

	/** Runs the merge driver and exits with its code. */
	public static void main(String[] arguments) {
		if (arguments.length != 5 || !arguments[0].equals("merge-driver")) {
			System.err.println("usage: merge-driver BASE OURS THEIRS PATH");
			System.exit(2);
		}
		System.exit(new MergeDriver().run(java.nio.file.Path.of(arguments[1]), java.nio.file.Path.of(arguments[2]),
				java.nio.file.Path.of(arguments[3]), arguments[4], System.err));
	}
}
