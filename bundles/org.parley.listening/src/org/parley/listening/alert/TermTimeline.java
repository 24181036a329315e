package org.parley.listening.alert;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * When each term was said and by whom, counted in <em>voices</em>: an author saying a term on a UTC day is one voice
 * that day, however many times they repeat it, so one angry author is not a trend. The same unit counts all traffic
 * (an author posting on a day), which makes term rates in windows of any length comparable.
 */
public final class TermTimeline {

	private final TermExtractor extractor;
	private final Map<String, Voices> byTerm = new HashMap<>();
	private final Voices traffic = new Voices();
	private final Map<String, Integer> authorIds = new HashMap<>();
	private final List<String> mentionIds = new ArrayList<>();
	/** Posts come in time order, so voices need telling apart within the current day only. */
	private final Set<Long> termAuthorsToday = new HashSet<>();
	private final Set<Integer> authorsToday = new HashSet<>();
	private long today = Long.MIN_VALUE;
	private final Map<String, Integer> termIds = new HashMap<>();
	private final List<String> termNames = new ArrayList<>();
	/** Every term voice in time order, the term's id in the author slot: finds the terms said in a period fast. */
	private final Voices allVoices = new Voices();
	private Instant last = Instant.MIN;

	public TermTimeline(TermExtractor extractor) {
		this.extractor = extractor;
	}

	/** A timeline of these posts, added in time order. */
	public static TermTimeline of(Collection<Observation> observations, TermExtractor extractor) {
		TermTimeline timeline = new TermTimeline(extractor);
		observations.stream().sorted(Comparator.comparing(Observation::time)).forEach(timeline::add);
		return timeline;
	}

	/**
	 * Adds a post no older than the last one added.
	 *
	 * @throws IllegalArgumentException for a post older than the last one
	 */
	public void add(Observation observation) {
		if (observation.time().isBefore(last)) {
			throw new IllegalArgumentException("posts must come in time order: " + observation.mentionId() + " at "
					+ observation.time() + " is before " + last);
		}
		last = observation.time();
		long seconds = observation.time().getEpochSecond();
		long day = Math.floorDiv(seconds, 86_400L);
		int author = authorIds.computeIfAbsent(observation.author() == null ? "" : observation.author(),
				a -> authorIds.size());
		int mention = mentionIds.size();
		mentionIds.add(observation.mentionId());
		if (day != today) {
			today = day;
			termAuthorsToday.clear();
			authorsToday.clear();
		}
		if (authorsToday.add(author)) {
			traffic.add(seconds, author, mention);
		}
		for (String term : extractor.terms(observation.text())) {
			int termId = termIds.computeIfAbsent(term, t -> {
				termNames.add(t);
				return termIds.size();
			});
			if (termAuthorsToday.add(((long) author << 32) | termId)) {
				byTerm.computeIfAbsent(term, t -> new Voices()).add(seconds, author, mention);
				allVoices.add(seconds, termId, mention);
			}
		}
	}

	public TermExtractor extractor() {
		return extractor;
	}

	/** The terms ever said. */
	public Set<String> terms() {
		return byTerm.keySet();
	}

	/** Voices for the term in [from, to). */
	public int voices(String term, Instant from, Instant to) {
		Voices voices = byTerm.get(term);
		return voices == null ? 0 : voices.count(from.getEpochSecond(), to.getEpochSecond());
	}

	/** All traffic's voices (author-days with a post) in [from, to). */
	public int traffic(Instant from, Instant to) {
		return traffic.count(from.getEpochSecond(), to.getEpochSecond());
	}

	/** Distinct authors who said the term in [from, to). */
	public int authors(String term, Instant from, Instant to) {
		Voices voices = byTerm.get(term);
		if (voices == null) {
			return 0;
		}
		Set<Integer> authors = new HashSet<>();
		int end = voices.index(to.getEpochSecond());
		for (int i = voices.index(from.getEpochSecond()); i < end; i++) {
			authors.add(voices.authors[i]);
		}
		return authors.size();
	}

	/** The mentions behind the term's voices in [from, to), newest first, at most {@code limit}. */
	public List<String> mentions(String term, Instant from, Instant to, int limit) {
		Voices voices = byTerm.get(term);
		List<String> ids = new ArrayList<>();
		if (voices == null) {
			return ids;
		}
		int start = voices.index(from.getEpochSecond());
		for (int i = voices.index(to.getEpochSecond()) - 1; i >= start && ids.size() < limit; i--) {
			String id = mentionIds.get(voices.mentions[i]);
			if (!ids.contains(id)) {
				ids.add(id);
			}
		}
		return ids;
	}

	/** Terms with a voice in [from, to). */
	public Set<String> termsSaidIn(Instant from, Instant to) {
		Set<String> said = new HashSet<>();
		int end = allVoices.index(to.getEpochSecond());
		for (int i = allVoices.index(from.getEpochSecond()); i < end; i++) {
			said.add(termNames.get(allVoices.authors[i]));
		}
		return said;
	}

	/** One term's voices in time order: parallel growable arrays, so a project's terms stay small in memory. */
	private static final class Voices {
		long[] seconds = new long[4];
		int[] authors = new int[4];
		int[] mentions = new int[4];
		int size;

		void add(long second, int author, int mention) {
			if (size == seconds.length) {
				seconds = Arrays.copyOf(seconds, size * 2);
				authors = Arrays.copyOf(authors, size * 2);
				mentions = Arrays.copyOf(mentions, size * 2);
			}
			seconds[size] = second;
			authors[size] = author;
			mentions[size] = mention;
			size++;
		}

		int count(long from, long to) {
			return index(to) - index(from);
		}

		/** The first position at or after {@code second}. */
		int index(long second) {
			int low = 0;
			int high = size;
			while (low < high) {
				int mid = (low + high) >>> 1;
				if (seconds[mid] < second) {
					low = mid + 1;
				} else {
					high = mid;
				}
			}
			return low;
		}
	}
}
