package org.parley.listening.crawl;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.parley.core.storage.AtomicFile;
import org.parley.listening.fetch.CacheValidators;
import org.parley.model.ListeningSource;

/**
 * What a source's crawl remembers on disk, in {@code .parley/crawl/<source>/} of the project (a folder Git ignores):
 * the frontier, the URLs seen in the current round, and per URL its cache validators, content hash and last visit.
 * Everything is an append-only journal of one-line records, forced to disk as they are written, so a crawl killed at
 * any moment resumes where it stopped; a half-written last line is dropped on opening. A new round (after a finished
 * one) first compacts the journal into a fresh file written atomically. Not thread-safe: a concurrent crawl guards
 * it.
 *
 * <p>
 * Records (tab-separated): {@code R time} starts a round, {@code E time} ends it; {@code Q kind depth pageRun url} queues;
 * {@code V url etag lastModified hash time} visited with content (or unchanged); {@code L url links} the links found
 * there, so that an unchanged page still leads on; {@code X url reason} visited without content (skipped or failed).
 */
public final class CrawlState implements AutoCloseable {

	/** The journal's file name inside a source's folder. */
	public static final String JOURNAL = "journal.tsv";

	private record Visit(CacheValidators validators, String hash, long time) {
	}

	private final Path journal;
	private FileChannel channel;
	private final Map<String, Visit> visits = new HashMap<>();
	private final Map<String, FrontierEntry> queued = new LinkedHashMap<>();
	private final Set<String> done = new LinkedHashSet<>();
	private final Map<String, String> hashes = new HashMap<>();
	private final Map<String, List<Link>> links = new HashMap<>();
	private StringBuilder batch;
	private Instant roundStartedAt;
	private boolean roundStarted;
	private boolean roundEnded;

	private CrawlState(Path journal) {
		this.journal = journal;
	}

	/** The folder of {@code source}'s state in the project at {@code projectDir}, made Git-ignored. */
	public static Path folder(Path projectDir, ListeningSource source) throws IOException {
		Path crawl = projectDir.resolve(".parley").resolve("crawl");
		Files.createDirectories(crawl);
		Path ignore = crawl.resolve(".gitignore");
		if (!Files.exists(ignore)) {
			// Crawl state is a local cache of one machine's progress, not something to share or merge.
			AtomicFile.write(ignore, "*\n".getBytes(StandardCharsets.UTF_8));
		}
		String key = source.getId() != null && !source.getId().isBlank() ? source.getId() : source.getName();
		return crawl.resolve(key == null ? "unnamed" : key.replaceAll("[^A-Za-z0-9._-]+", "-"));
	}

	/**
	 * Opens (or creates) the state in {@code folder}.
	 *
	 * @throws IOException naming the journal when it cannot be read or written
	 */
	public static CrawlState open(Path folder) throws IOException {
		CrawlState state = new CrawlState(folder.resolve(JOURNAL));
		Files.createDirectories(folder);
		state.load();
		state.openForAppend();
		return state;
	}

	private void load() throws IOException {
		if (!Files.exists(journal)) {
			return;
		}
		byte[] bytes = Files.readAllBytes(journal);
		int complete = bytes.length;
		while (complete > 0 && bytes[complete - 1] != '\n') {
			complete--;
		}
		if (complete < bytes.length) {
			// A crash in the middle of a write left a torn line: cut it off before appending after it.
			try (FileChannel c = FileChannel.open(journal, StandardOpenOption.WRITE)) {
				c.truncate(complete);
			}
		}
		String text = new String(bytes, 0, complete, StandardCharsets.UTF_8);
		int lineNumber = 0;
		for (String line : text.split("\n")) {
			lineNumber++;
			if (!line.isEmpty()) {
				try {
					replay(line.split("\t", -1));
				} catch (RuntimeException e) {
					throw new IOException(journal + ":" + lineNumber + ": unreadable record: " + line, e);
				}
			}
		}
	}

	private void replay(String[] f) {
		switch (f[0]) {
		case "E" -> roundEnded = true;
		case "R" -> {
			roundStartedAt = Instant.ofEpochMilli(Long.parseLong(f[1]));
			roundStarted = true;
			roundEnded = false;
			queued.clear();
			done.clear();
			hashes.clear();
		}
		case "Q" -> queued.putIfAbsent(f[4], new FrontierEntry(f[4], FrontierEntry.Kind.valueOf(f[1]),
				Integer.parseInt(f[2]), Integer.parseInt(f[3])));
		case "V" -> {
			Visit visit = new Visit(new CacheValidators(empty(f[2]), empty(f[3])), empty(f[4]), Long.parseLong(f[5]));
			visits.put(f[1], visit);
			if (roundStarted) {
				done.add(f[1]);
				if (visit.hash() != null) {
					hashes.putIfAbsent(visit.hash(), f[1]);
				}
			}
		}
		case "X" -> done.add(f[1]);
		case "L" -> links.put(f[1], decodeLinks(f[2]));
		default -> throw new IllegalArgumentException("unknown record type " + f[0]);
		}
	}

	private void openForAppend() throws IOException {
		channel = FileChannel.open(journal, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.APPEND);
		// Two crawls of one source appending to one journal would interleave records: the second one is refused.
		boolean locked;
		try {
			locked = channel.tryLock() != null;
		} catch (java.nio.channels.OverlappingFileLockException e) {
			locked = false;
		}
		if (!locked) {
			channel.close();
			throw new IOException(journal + ": another crawl of this source is running");
		}
	}

	/** Whether a round is under way with URLs left to visit: a crawl that was stopped before it finished. */
	public boolean hasPending() {
		return !pending().isEmpty();
	}

	/** The queued entries of this round not yet visited, in queue order; none once the round has ended. */
	public List<FrontierEntry> pending() {
		List<FrontierEntry> pending = new ArrayList<>();
		if (roundEnded) {
			return pending;
		}
		for (FrontierEntry entry : queued.values()) {
			if (!done.contains(entry.url())) {
				pending.add(entry);
			}
		}
		return pending;
	}

	/** Every URL queued in this round. */
	public Set<String> seenUrls() {
		return Set.copyOf(queued.keySet());
	}

	/** How many URLs this round has visited. */
	public int visitedThisRound() {
		return done.size();
	}

	/** The validators of the last visit of {@code url}, from any round. */
	public CacheValidators validators(String url) {
		Visit visit = visits.get(url);
		return visit == null ? CacheValidators.NONE : visit.validators();
	}

	/** The content hash of the last visit of {@code url}, or {@code null}. */
	public String contentHash(String url) {
		Visit visit = visits.get(url);
		return visit == null ? null : visit.hash();
	}

	/** When {@code url} was last visited with content, or {@code null}. */
	public Instant lastVisit(String url) {
		Visit visit = visits.get(url);
		return visit == null ? null : Instant.ofEpochMilli(visit.time());
	}

	/** The URL visited earlier in this round that had the content {@code hash}, or {@code null}. */
	public String urlWithContent(String hash) {
		return hashes.get(hash);
	}

	/** When the current (or last) round started, or {@code null} before the first. */
	public Instant roundStartedAt() {
		return roundStartedAt;
	}

	/** The links found on the last visit of {@code url} that gave content; empty when unknown. */
	public List<Link> links(String url) {
		return links.getOrDefault(url, List.of());
	}

	/**
	 * Starts a new round: forgets the old frontier and seen URLs but keeps each URL's validators, rewriting the journal
	 * compactly.
	 */
	public void startRound() throws IOException {
		StringBuilder compact = new StringBuilder();
		visits.forEach((url, v) -> compact.append(line("V", url, v.validators().etag(), v.validators().lastModified(),
				v.hash(), Long.toString(v.time()))));
		links.forEach((url, list) -> compact.append(line("L", url, encodeLinks(list))));
		long now = System.currentTimeMillis();
		compact.append(line("R", Long.toString(now)));
		channel.close();
		AtomicFile.write(journal, compact.toString().getBytes(StandardCharsets.UTF_8));
		openForAppend();
		roundStarted = true;
		roundStartedAt = Instant.ofEpochMilli(now);
		roundEnded = false;
		queued.clear();
		done.clear();
		hashes.clear();
	}

	/** Ends the round: what is left in the frontier is dropped, and the next crawl starts a new round. */
	public void endRound() throws IOException {
		append(line("E", Long.toString(System.currentTimeMillis())));
		roundEnded = true;
	}

	/** Records that {@code entry} joined the frontier. */
	public void queued(FrontierEntry entry) throws IOException {
		append(line("Q", entry.kind().name(), Integer.toString(entry.depth()), Integer.toString(entry.pageRun()),
				entry.url()));
		queued.putIfAbsent(entry.url(), entry);
	}

	/** Records a visit that gave content (or confirmed it unchanged), with what to send next time. */
	public void visited(String url, CacheValidators validators, String hash) throws IOException {
		long now = System.currentTimeMillis();
		append(line("V", url, validators.etag(), validators.lastModified(), hash, Long.toString(now)));
		visits.put(url, new Visit(validators, hash, now));
		done.add(url);
		if (hash != null) {
			hashes.putIfAbsent(hash, url);
		}
	}

	/** Records the links found on {@code url}, replacing those of earlier visits. */
	public void linked(String url, List<Link> found) throws IOException {
		append(line("L", url, encodeLinks(found)));
		links.put(url, List.copyOf(found));
	}

	/** Records a visit that gave no content, and why. */
	public void finished(String url, String reason) throws IOException {
		append(line("X", url, reason));
		done.add(url);
	}

	/** Journal records that belong together, written by {@link CrawlState#batch}. */
	@FunctionalInterface
	public interface Records {
		void write() throws IOException;
	}

	/**
	 * Runs {@code records} with the journal records it makes gathered into one write and one flush to disk: cheaper
	 * than a flush per record, and a kill in the middle leaves a prefix of them (a torn last line is dropped on
	 * opening). Callers put the record that marks a URL visited last, so that a lost tail means visiting it again.
	 */
	public void batch(Records records) throws IOException {
		if (batch != null) {
			records.write();
			return;
		}
		batch = new StringBuilder();
		String lines;
		try {
			records.write();
		} finally {
			lines = batch.toString();
			batch = null;
		}
		if (!lines.isEmpty()) {
			append(lines);
		}
	}

	private void append(String line) throws IOException {
		if (batch != null) {
			batch.append(line);
			return;
		}
		ByteBuffer buffer = ByteBuffer.wrap(line.getBytes(StandardCharsets.UTF_8));
		try {
			while (buffer.hasRemaining()) {
				channel.write(buffer);
			}
			// Forced per record: a resumed crawl must not visit again what it already handed over.
			channel.force(false);
		} catch (IOException e) {
			throw new IOException(journal + ": cannot append to the crawl journal: " + e.getMessage(), e);
		}
	}

	private static String line(String... fields) {
		StringBuilder b = new StringBuilder();
		for (int i = 0; i < fields.length; i++) {
			if (i > 0) {
				b.append('\t');
			}
			b.append(fields[i] == null ? "" : fields[i].replaceAll("[\t\r\n]", " "));
		}
		return b.append('\n').toString();
	}

	/** Links as one field: each URL prefixed by {@code n} (next page) or {@code l}, separated by spaces. */
	private static String encodeLinks(List<Link> list) {
		StringBuilder b = new StringBuilder();
		for (Link link : list) {
			// A URL with white space cannot be told apart from the separator; such links are rare and dropped.
			if (link.url().chars().noneMatch(Character::isWhitespace)) {
				b.append(b.length() > 0 ? " " : "").append(link.next() ? 'n' : 'l').append(link.url());
			}
		}
		return b.toString();
	}

	private static List<Link> decodeLinks(String field) {
		List<Link> list = new ArrayList<>();
		for (String item : field.split(" ")) {
			if (item.length() > 1) {
				list.add(new Link(item.substring(1), item.charAt(0) == 'n'));
			}
		}
		return List.copyOf(list);
	}

	private static String empty(String field) {
		return field.isEmpty() ? null : field;
	}

	@Override
	public void close() throws IOException {
		channel.close();
	}
}
