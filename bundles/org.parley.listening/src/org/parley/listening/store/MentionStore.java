package org.parley.listening.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import org.parley.core.storage.AtomicFile;

/**
 * The project's crawled mentions: data, not model. One JSON record per line in
 * {@code listening/mentions/<yyyy>/<mm>/<source>.jsonl}, each file sorted and unique by id, so Git's union
 * merge keeps both sides and a file never needs a conflict resolved by hand. Adding writes each touched file
 * atomically with the records it had plus the new ones: a killed crawl leaves every file whole. A crawl adds
 * through a {@link Batch} instead, which appends each page's new records and sorts each touched file once, when
 * it closes; readers take a file left unsorted or with a record twice (by a union merge or a killed crawl) as it
 * should be. Adding is thread-safe: threads, sharing a store or not, write each file one after the other, never
 * interleaved, and read it between two writes.
 */
public final class MentionStore {

	/** The mentions folder, relative to the project. */
	public static final String FOLDER = "listening/mentions";

	private final Path root;
	// One lock per file for the whole JVM: a store reading a file never sees another store's append half done.
	private static final Map<Path, Object> FILE_LOCKS = new ConcurrentHashMap<>();

	public MentionStore(Path projectDir) {
		this.root = projectDir.resolve(FOLDER);
	}

	/**
	 * Stores the mentions not stored yet.
	 *
	 * @return how many were new
	 * @throws IOException naming a file that could not be read or written; files written before stay whole
	 */
	public int add(Collection<Mention> mentions) throws IOException {
		int added = 0;
		for (Map.Entry<Path, List<Mention>> entry : byFile(mentions).entrySet()) {
			// One writer per file at a time (a read, a merge and a rewrite); other files are written meanwhile.
			synchronized (lockOf(entry.getKey())) {
				added += addToFile(entry.getKey(), entry.getValue());
			}
		}
		return added;
	}

	/** Starts adding for one crawl: appends as pages come, sorts when closed. */
	public Batch batch() {
		return new Batch();
	}

	/**
	 * Adds for one crawl: each call appends the new records to the end of their files, so storing a page costs its
	 * own records rather than a rewrite of its month; closing sorts each touched file and leaves each id once. A
	 * cancelled crawl closes its batch like a finished one; a killed one leaves records appended, unsorted, which the
	 * next read takes as they are and the next write sorts.
	 */
	public final class Batch implements AutoCloseable {

		// The ids each touched file holds, read once per file and batch.
		private final Map<Path, Set<String>> idsByFile = new ConcurrentHashMap<>();

		private Batch() {
		}

		/**
		 * Appends the mentions not stored yet.
		 *
		 * @return how many were new
		 * @throws IOException naming a file that could not be read or written
		 */
		public int add(Collection<Mention> mentions) throws IOException {
			int added = 0;
			for (Map.Entry<Path, List<Mention>> entry : byFile(mentions).entrySet()) {
				Path file = entry.getKey();
				synchronized (lockOf(file)) {
					Set<String> ids = idsByFile.get(file);
					if (ids == null) {
						ids = new HashSet<>(read(file).keySet());
						idsByFile.put(file, ids);
					}
					StringBuilder lines = new StringBuilder();
					for (Mention mention : entry.getValue()) {
						if (ids.add(mention.id())) {
							lines.append(MentionJson.write(mention)).append('\n');
							added++;
						}
					}
					if (!lines.isEmpty()) {
						Files.createDirectories(file.getParent());
						Files.writeString(file, lines, StandardCharsets.UTF_8, StandardOpenOption.CREATE,
								StandardOpenOption.APPEND);
					}
				}
			}
			return added;
		}

		/** Sorts each file this batch appended to and leaves each id once in it. */
		@Override
		public void close() throws IOException {
			for (Path file : idsByFile.keySet()) {
				synchronized (lockOf(file)) {
					addToFile(file, List.of());
				}
			}
			idsByFile.clear();
		}
	}

	private Map<Path, List<Mention>> byFile(Collection<Mention> mentions) {
		Map<Path, List<Mention>> byFile = new LinkedHashMap<>();
		for (Mention mention : mentions) {
			byFile.computeIfAbsent(fileOf(mention), f -> new ArrayList<>()).add(mention);
		}
		return byFile;
	}

	private static Object lockOf(Path file) {
		return FILE_LOCKS.computeIfAbsent(file.toAbsolutePath().normalize(), f -> new Object());
	}

	/** Every stored mention, file by file, each once even where a union merge left a line twice. */
	public List<Mention> all() throws IOException {
		List<Mention> all = new ArrayList<>();
		for (Path file : files()) {
			TreeMap<String, Record> records;
			synchronized (lockOf(file)) {
				records = read(file);
			}
			for (Record record : records.values()) {
				try {
					all.add(MentionJson.read(record.text()));
				} catch (IllegalArgumentException | IndexOutOfBoundsException e) {
					throw new IOException(file + ":" + record.line() + ": not a mention record: " + e.getMessage(), e);
				}
			}
		}
		return all;
	}

	/** The mention files, in path order. */
	public List<Path> files() throws IOException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> walk = Files.walk(root)) {
			return walk.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
		}
	}

	/**
	 * Where a mention is filed: the month of its post date, else of its fetch, and its source. Derived stores (the
	 * analyses) mirror this layout.
	 */
	public Path fileOf(Mention mention) {
		String when = month(mention.date()) != null ? mention.date() : mention.fetchedAt();
		String month = month(when);
		if (month == null) {
			month = "undated";
		}
		String folder = month.equals("undated") ? month : month.substring(0, 4) + "/" + month.substring(5, 7);
		return root.resolve(folder).resolve(slug(mention.source()) + ".jsonl");
	}

	private int addToFile(Path file, List<Mention> mentions) throws IOException {
		TreeMap<String, Record> records = read(file);
		int before = records.size();
		for (Mention mention : mentions) {
			records.putIfAbsent(mention.id(), new Record(0, MentionJson.write(mention)));
		}
		List<String> lines = records.values().stream().map(Record::text).toList();
		if (records.size() != before || !Files.exists(file)
				|| !Files.readAllLines(file, StandardCharsets.UTF_8).equals(lines)) {
			AtomicFile.write(file, (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8));
		}
		return records.size() - before;
	}

	/** A stored line and where it stands in its file (0 for one not written yet). */
	private record Record(int line, String text) {
	}

	/** The file's records by id; a union merge may have left them unsorted or twice, which this undoes. */
	private static TreeMap<String, Record> read(Path file) throws IOException {
		TreeMap<String, Record> lines = new TreeMap<>();
		if (!Files.exists(file)) {
			return lines;
		}
		int number = 0;
		for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
			number++;
			if (line.isBlank()) {
				continue;
			}
			try {
				lines.putIfAbsent(MentionJson.idOf(line), new Record(number, line));
			} catch (IllegalArgumentException | IndexOutOfBoundsException e) {
				throw new IOException(file + ":" + number + ": not a mention record: " + e.getMessage(), e);
			}
		}
		return lines;
	}

	private static String month(String isoDate) {
		return isoDate != null && isoDate.length() >= 7 && isoDate.charAt(4) == '-'
				&& isoDate.substring(0, 4).chars().allMatch(Character::isDigit)
				&& isoDate.substring(5, 7).chars().allMatch(Character::isDigit) ? isoDate.substring(0, 7) : null;
	}

	private static String slug(String source) {
		String slug = (source == null ? "" : source).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
				.replaceAll("^-|-$", "");
		return slug.isEmpty() ? "unnamed" : slug;
	}
}
