package org.parley.core.git;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.parley.core.storage.AtomicFile;

/**
 * Makes a Git repository merge {@code .parley} files with Parley's merge driver: {@code .gitattributes} routes
 * {@code *.parley} to the driver named {@code parley}, and the repository's configuration says how to run it.
 * Running it again changes nothing; other attributes and settings are kept.
 */
public final class GitSetup {

	/** The driver's name in {@code .gitattributes} and in the configuration. */
	public static final String DRIVER = "parley";

	private static final String PATTERN = "*.parley";

	/**
	 * Crawled mentions: append-only line-per-record files, sorted and unique by id, so Git's union merge keeps
	 * both sides' lines and the mention store drops the rare duplicate when it next writes the file.
	 */
	public static final String MENTIONS_PATTERN = "listening/mentions/**/*.jsonl";

	/** Users' sentiment and intent corrections: added only, one per line, so union merge keeps both sides'. */
	public static final String LABELS_PATTERN = "listening/labels.jsonl";

	private final String command;

	/**
	 * @param command how to start Parley's command line, e.g. the absolute path of the {@code parley} launch script;
	 *            {@code merge-driver %O %A %B %P} is appended
	 */
	public GitSetup(String command) {
		this.command = command;
	}

	/**
	 * Sets up the repository whose working tree is {@code repoDir}.
	 *
	 * @throws IOException naming the file or the {@code git} command that failed
	 */
	public void setUp(Path repoDir) throws IOException {
		writeAttributes(repoDir.resolve(".gitattributes"), PATTERN, DRIVER);
		writeAttributes(repoDir.resolve(".gitattributes"), MENTIONS_PATTERN, "union");
		writeAttributes(repoDir.resolve(".gitattributes"), LABELS_PATTERN, "union");
		git(repoDir, "config", "merge." + DRIVER + ".name", "Parley model merge (by object id and feature)");
		git(repoDir, "config", "merge." + DRIVER + ".driver", driverLine());
	}

	/** The configured driver command line, with the command quoted for the shell Git runs it in. */
	String driverLine() {
		return quote(command) + " merge-driver %O %A %B %P";
	}

	private static void writeAttributes(Path file, String pattern, String driver) throws IOException {
		List<String> lines = new ArrayList<>();
		if (Files.exists(file)) {
			lines.addAll(Files.readAllLines(file, StandardCharsets.UTF_8));
		}
		boolean found = false;
		for (int i = 0; i < lines.size(); i++) {
			String[] words = lines.get(i).trim().split("\\s+");
			if (words.length == 0 || !words[0].equals(pattern)) {
				continue;
			}
			found = true;
			StringBuilder line = new StringBuilder(pattern);
			boolean hasDriver = false;
			for (int w = 1; w < words.length; w++) {
				if (words[w].startsWith("merge=") || words[w].equals("-merge") || words[w].equals("merge")) {
					// Any other merge setting for the pattern would override ours: replace it.
					if (!hasDriver) {
						line.append(" merge=").append(driver);
						hasDriver = true;
					}
				} else {
					line.append(' ').append(words[w]);
				}
			}
			if (!hasDriver) {
				line.append(" merge=").append(driver);
			}
			lines.set(i, line.toString());
		}
		if (!found) {
			lines.add(pattern + " merge=" + driver);
		}
		byte[] bytes = (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
		if (!Files.exists(file) || !java.util.Arrays.equals(Files.readAllBytes(file), bytes)) {
			AtomicFile.write(file, bytes);
		}
	}

	private static void git(Path repoDir, String... arguments) throws IOException {
		List<String> commandLine = new ArrayList<>();
		commandLine.add("git");
		commandLine.add("-C");
		commandLine.add(repoDir.toString());
		commandLine.addAll(List.of(arguments));
		Process process = new ProcessBuilder(commandLine).redirectErrorStream(true).start();
		String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
		try {
			int exit = process.waitFor();
			if (exit != 0) {
				throw new IOException(repoDir + ": git " + String.join(" ", arguments) + " failed (exit " + exit + "): "
						+ output);
			}
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IOException(repoDir + ": interrupted while running git", e);
		}
	}

	private static String quote(String word) {
		if (word.matches("[A-Za-z0-9_./:=+-]+")) {
			return word;
		}
		return "'" + word.replace("'", "'\\''") + "'";
	}
}
