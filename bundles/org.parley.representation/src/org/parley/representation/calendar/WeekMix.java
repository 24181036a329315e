package org.parley.representation.calendar;

import java.time.ZoneId;
import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.parley.core.calendar.ContentMix;
import org.parley.core.calendar.Occurrence;
import org.parley.model.ContentCategory;
import org.parley.representation.calendar.CalendarStyle.MixKind;

/**
 * The content mix of one week in the four groups editors watch (learn & improve, explore & discover, Q&A, others),
 * counted by core's {@link ContentMix}; items without a category count as others.
 */
public record WeekMix(Map<MixKind, Integer> counts, int total) {

	public static WeekMix of(Collection<Occurrence> occurrences, ZoneId zone) {
		ContentMix mix = ContentMix.count(occurrences, zone);
		Map<MixKind, Integer> counts = new EnumMap<>(MixKind.class);
		for (MixKind kind : MixKind.values()) {
			counts.put(kind, 0);
		}
		int categorised = 0;
		for (Map.Entry<ContentCategory, Integer> entry : mix.perCategory().entrySet()) {
			counts.merge(MixKind.of(entry.getKey().getKind()), entry.getValue(), Integer::sum);
			categorised += entry.getValue();
		}
		counts.merge(MixKind.OTHERS, mix.total() - categorised, Integer::sum);
		return new WeekMix(counts, mix.total());
	}

	/** "Learn & improve 3 · Explore & discover 1 · Q&A 0 · Others 2". */
	public String describe() {
		return counts.entrySet().stream().map(e -> e.getKey().label() + " " + e.getValue())
				.collect(Collectors.joining(" · "));
	}
}
