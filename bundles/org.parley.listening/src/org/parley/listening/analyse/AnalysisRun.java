package org.parley.listening.analyse;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

import org.parley.listening.store.Mention;
import org.parley.listening.store.MentionStore;

/**
 * One pass of the analyse stage over a project: analyses the mentions that are new or whose stored analysis has
 * another analyser version (or all of them when forced), and stores the results file by file. Cancelling stops
 * after the current mention and keeps everything analysed so far; a crash loses at most the file in progress.
 */
public final class AnalysisRun {

	/** Where a run stands, for a progress line or a job's monitor. */
	public record Progress(int done, int toDo, double mentionsPerSecond) {
	}

	/**
	 * What a run did.
	 *
	 * @param upToDate mentions whose stored analysis was kept
	 */
	public record Summary(int mentions, int analysed, int upToDate, int filesWritten, boolean cancelled,
			double mentionsPerSecond) {
	}

	private static final long PROGRESS_NANOS = 500_000_000L;

	private final MentionStore mentions;
	private final AnalysisStore analyses;
	private final MentionAnalyser analyser;

	public AnalysisRun(Path projectDir, MentionAnalyser analyser) {
		this.mentions = new MentionStore(projectDir);
		this.analyses = new AnalysisStore(projectDir);
		this.analyser = analyser;
	}

	/**
	 * @param force re-analyse every mention, whatever is stored
	 * @param progress told now and then (at most twice a second) and once at the end
	 * @param cancelled asked before each mention
	 */
	public Summary run(boolean force, Consumer<Progress> progress, BooleanSupplier cancelled) throws IOException {
		Map<Path, List<Mention>> byFile = new LinkedHashMap<>();
		for (Mention mention : mentions.all()) {
			byFile.computeIfAbsent(mentions.fileOf(mention), f -> new ArrayList<>()).add(mention);
		}
		Map<Path, Map<String, MentionAnalysis>> stored = new LinkedHashMap<>();
		int total = 0;
		int toDo = 0;
		for (Map.Entry<Path, List<Mention>> entry : byFile.entrySet()) {
			Map<String, MentionAnalysis> old = analyses.read(analyses.fileFor(entry.getKey()));
			stored.put(entry.getKey(), old);
			total += entry.getValue().size();
			toDo += (int) entry.getValue().stream().filter(m -> force || stale(old.get(m.id()))).count();
		}
		long start = System.nanoTime();
		long lastReport = start;
		int done = 0;
		int written = 0;
		boolean stop = false;
		for (Map.Entry<Path, List<Mention>> entry : byFile.entrySet()) {
			Map<String, MentionAnalysis> old = stored.get(entry.getKey());
			Map<String, MentionAnalysis> next = new LinkedHashMap<>();
			boolean changed = false;
			for (Mention mention : entry.getValue()) {
				MentionAnalysis kept = old.get(mention.id());
				if (!stop && (force || stale(kept))) {
					if (cancelled.getAsBoolean()) {
						stop = true;
					} else {
						kept = analyser.analyse(mention);
						changed = true;
						done++;
					}
				}
				if (kept != null) {
					next.put(mention.id(), kept);
				}
				long now = System.nanoTime();
				if (now - lastReport > PROGRESS_NANOS) {
					progress.accept(new Progress(done, toDo, rate(done, now - start)));
					lastReport = now;
				}
			}
			// analyses of mentions no longer stored go too, so the cache never outgrows the data
			if (changed || next.size() != old.size()) {
				analyses.write(analyses.fileFor(entry.getKey()), next.values());
				written++;
			}
		}
		double rate = rate(done, System.nanoTime() - start);
		progress.accept(new Progress(done, toDo, rate));
		return new Summary(total, done, total - toDo, written, stop, rate);
	}

	private boolean stale(MentionAnalysis stored) {
		return stored == null || !analyser.version().equals(stored.analyserVersion());
	}

	private static double rate(int done, long nanos) {
		return nanos <= 0 ? 0 : done / (nanos / 1e9);
	}
}
