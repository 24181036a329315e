package org.parley.core.calendar;

import java.time.ZoneId;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

import org.parley.model.Channel;
import org.parley.model.ChannelVariant;
import org.parley.model.ContentCategory;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.ConversationCell;

/**
 * How many occurrences go out per channel, conversation cell, content category and ISO week: the mix editors
 * watch. Occurrences of cancelled items are not counted. An occurrence counts once for every channel its item
 * has a variant on, so the channel counts may add up to more than {@link #total()}; items without a cell or a
 * category are left out of those counts (validation reports them).
 *
 * @param perChannel  occurrences per channel, in the order channels first appear
 * @param perCell     occurrences per cell, in the order cells first appear
 * @param perCategory occurrences per category, in the order categories first appear
 * @param perWeek     occurrences per ISO week of their start in the counting zone, by week
 * @param total       the occurrences counted
 */
public record ContentMix(Map<Channel, Integer> perChannel, Map<ConversationCell, Integer> perCell,
		Map<ContentCategory, Integer> perCategory, Map<IsoWeek, Integer> perWeek, int total) {

	/** Counts occurrences, placing each in the ISO week of its start in {@code zone}. */
	public static ContentMix count(Collection<Occurrence> occurrences, ZoneId zone) {
		Map<Channel, Integer> perChannel = new LinkedHashMap<>();
		Map<ConversationCell, Integer> perCell = new LinkedHashMap<>();
		Map<ContentCategory, Integer> perCategory = new LinkedHashMap<>();
		Map<IsoWeek, Integer> perWeek = new TreeMap<>();
		int total = 0;
		for (Occurrence occurrence : occurrences) {
			ContentItem item = occurrence.item();
			if (item.getStatus() == ContentStatus.CANCELLED) {
				continue;
			}
			total++;
			item.getVariants().stream().map(ChannelVariant::getChannel).filter(c -> c != null).distinct()
					.forEach(channel -> perChannel.merge(channel, 1, Integer::sum));
			if (item.getCell() != null) {
				perCell.merge(item.getCell(), 1, Integer::sum);
			}
			if (item.getCategory() != null) {
				perCategory.merge(item.getCategory(), 1, Integer::sum);
			}
			perWeek.merge(IsoWeek.of(occurrence.start().withZoneSameInstant(zone).toLocalDate()), 1, Integer::sum);
		}
		return new ContentMix(Collections.unmodifiableMap(perChannel), Collections.unmodifiableMap(perCell),
				Collections.unmodifiableMap(perCategory), Collections.unmodifiableMap(perWeek), total);
	}
}
