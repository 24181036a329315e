package org.parley.listening.analyse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.parley.core.storage.AtomicFile;
import org.parley.listening.store.MentionStore;

/**
 * The stored analyses: a derived, git-ignored cache in {@code .parley/analysis/}, laid out like the mentions
 * ({@code <yyyy>/<mm>/<source>.jsonl}), one JSON record per line sorted by mention id, each carrying the analyser
 * version that wrote it. Every file is replaced atomically, so a crash leaves each file as it was or as it became.
 */
public final class AnalysisStore {

	/** The analyses folder, relative to the project. */
	public static final String FOLDER = ".parley/analysis";

	private final Path mentionsRoot;
	private final Path root;

	public AnalysisStore(Path projectDir) {
		this.mentionsRoot = projectDir.resolve(MentionStore.FOLDER);
		this.root = projectDir.resolve(FOLDER);
	}

	/** The analysis file that mirrors a mention file of {@link MentionStore#files()}. */
	public Path fileFor(Path mentionFile) {
		return root.resolve(mentionsRoot.relativize(mentionFile).toString());
	}

	/** The analyses of one file by mention id; empty when the file does not exist. */
	public Map<String, MentionAnalysis> read(Path file) throws IOException {
		Map<String, MentionAnalysis> byId = new HashMap<>();
		if (!Files.exists(file)) {
			return byId;
		}
		int number = 0;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			try {
				MentionAnalysis analysis = AnalysisJson.read(line);
				byId.put(analysis.mentionId(), analysis);
			} catch (IllegalArgumentException e) {
				throw new IOException(file + ":" + number + ": not an analysis record: " + e.getMessage(), e);
			}
		}
		return byId;
	}

	/** Replaces a file's analyses with these, sorted by mention id. */
	public void write(Path file, Collection<MentionAnalysis> analyses) throws IOException {
		TreeMap<String, String> lines = new TreeMap<>();
		for (MentionAnalysis analysis : analyses) {
			lines.put(analysis.mentionId(), AnalysisJson.write(analysis));
		}
		ignoreInGit();
		AtomicFile.write(file, (String.join("\n", lines.values()) + "\n").getBytes(StandardCharsets.UTF_8));
	}

	/** Every stored analysis by mention id. */
	public Map<String, MentionAnalysis> all() throws IOException {
		Map<String, MentionAnalysis> all = new HashMap<>();
		for (Path file : files()) {
			all.putAll(read(file));
		}
		return all;
	}

	/** The analysis files, in path order. */
	public List<Path> files() throws IOException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
		}
	}

	/** Analyses are redone from the mentions at will, so they never go into Git. */
	private void ignoreInGit() throws IOException {
		Path ignore = root.resolve(".gitignore");
		if (!Files.exists(ignore)) {
			Files.createDirectories(root);
			Files.writeString(ignore, "*\n", StandardCharsets.UTF_8);
		}
	}
}
