package org.parley.core.git;

import java.io.IOException;
import java.nio.file.Path;

import org.parley.core.merge.MergeDriver;
import org.parley.core.merge.MergeResult;

/**
 * What {@code parley merge-driver} does, as a plain Java program that the end-to-end tests register with Git: exit
 * 0 for a clean merge, 1 when conflicts were recorded, 2 when a version does not load.
 */
public final class MergeDriverProgram {

	private MergeDriverProgram() {
	}

	public static void main(String[] arguments) {
		try {
			MergeResult result = MergeDriver.merge(Path.of(arguments[0]), Path.of(arguments[1]), Path.of(arguments[2]),
					Path.of(arguments[3]));
			System.exit(result.isClean() ? 0 : 1);
		} catch (IOException e) {
			System.err.println(e.getMessage());
			System.exit(2);
		}
	}
}
