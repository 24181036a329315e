package org.parley.core.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.parley.core.storage.AtomicFile;

/**
 * Prepares a project folder and its Git repository so that merges keep the model whole: {@code .gitattributes}
 * sends model files to Parley's merge driver and mention files to Git's union merge, {@code .gitignore} keeps the
 * derived search index out, and the repository's configuration names the command that runs the driver (Git reads
 * drivers only from configuration, never from the repository's content, so every clone registers it once).
 */
public final class GitSetup {

	/** The merge driver's name in {@code .gitattributes} and in the configuration. */
	public static final String DRIVER = "parley";

	/** What {@code .gitattributes} of a project holds. */
	public static final List<String> ATTRIBUTES = List.of(
			"*.parley merge=" + DRIVER,
			// Mentions are append-only lines sorted by id: keeping both sides' lines is the right merge.
			"mentions/** merge=union");

	/** What {@code .gitignore} of a project holds: derived data that any clone rebuilds. */
	public static final List<String> IGNORED = List.of("index/");

	private GitSetup() {
	}

	/**
	 * Adds the lines of {@link #ATTRIBUTES} and {@link #IGNORED} that are missing to the project's
	 * {@code .gitattributes} and {@code .gitignore}, keeping every line already there.
	 *
	 * @return {@code true} when a file changed
	 */
	public static boolean writeRepositoryFiles(Path projectFolder) throws IOException {
		boolean attributes = addMissingLines(projectFolder.resolve(".gitattributes"), ATTRIBUTES);
		boolean ignored = addMissingLines(projectFolder.resolve(".gitignore"), IGNORED);
		return attributes || ignored;
	}

	/**
	 * Registers the merge driver in the configuration of the repository that holds {@code folder}.
	 *
	 * @param command the program and its leading arguments, such as {@code /opt/parley/parley merge-driver};
	 *        Git appends the base, ours, theirs and the file's path
	 */
	public static void registerDriver(Path folder, String command) throws IOException {
		GitCommand.run(folder, "config", "merge." + DRIVER + ".name", "Parley model merge by object id");
		GitCommand.run(folder, "config", "merge." + DRIVER + ".driver", command + " %O %A %B %P");
	}

	private static boolean addMissingLines(Path file, List<String> wanted) throws IOException {
		List<String> lines = Files.exists(file) ? new ArrayList<>(Files.readAllLines(file, StandardCharsets.UTF_8))
				: new ArrayList<>();
		List<String> missing = wanted.stream().filter(line -> !lines.contains(line)).toList();
		if (missing.isEmpty()) {
			return false;
		}
		lines.addAll(missing);
		return AtomicFile.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
	}
}
