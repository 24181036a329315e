package org.parley.core.validation.fix;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.parley.core.calendar.ItemTime;
import org.parley.core.calendar.PostingWindows;
import org.parley.core.calendar.Rescheduler;
import org.parley.core.calendar.PlanCalendar;
import org.parley.model.ChannelVariant;
import org.parley.model.ContentItem;
import org.parley.model.Plan;
import org.parley.model.PostingWindow;

/**
 * The fix for {@code channel.outside-posting-window}: the first moment after an item's current start at which every
 * channel it has a variant on takes posts, and moving the item (a recurring item: its series) there.
 */
public final class NextPostingSlot {

	/** How far ahead a slot is looked for: four weeks cover any weekly window. */
	static final int DAYS_TRIED = 28;

	private NextPostingSlot() {
	}

	/** The item a finding about a variant or an item is about, or {@code null}. */
	public static ContentItem itemOf(EObject object) {
		if (object instanceof ContentItem item) {
			return item;
		}
		return object instanceof ChannelVariant variant && variant.eContainer() instanceof ContentItem item ? item : null;
	}

	/**
	 * The first wall-clock time in the item's zone, from its current start on, that all its channels' posting
	 * windows accept; empty when the item is not scheduled or no slot within {@value #DAYS_TRIED} days fits.
	 */
	public static Optional<LocalDateTime> after(ContentItem item) {
		ZonedDateTime start = ItemTime.startOf(item).orElse(null);
		if (start == null) {
			return Optional.empty();
		}
		List<PostingWindow> windows = item.getVariants().stream().map(v -> PostingWindows.of(v.getChannel()))
				.filter(Objects::nonNull).distinct().toList();
		List<ZonedDateTime> candidates = new ArrayList<>();
		candidates.add(start);
		for (PostingWindow window : windows) {
			ZoneId zone = PostingWindows.zoneOf(window);
			ZonedDateTime local = start.withZoneSameInstant(zone);
			for (int day = 0; day <= DAYS_TRIED; day++) {
				ZonedDateTime opening = local.toLocalDate().plusDays(day)
						.atTime(window.getStartTime() == null ? java.time.LocalTime.MIN : window.getStartTime())
						.atZone(zone);
				if (!opening.isBefore(start)) {
					candidates.add(opening);
				}
			}
		}
		return candidates.stream().sorted()
				.filter(candidate -> windows.stream().allMatch(w -> PostingWindows.accepts(w, candidate)))
				.findFirst().map(slot -> slot.withZoneSameInstant(start.getZone()).toLocalDateTime());
	}

	/**
	 * Moves the item of a variant or item to its next posting slot.
	 *
	 * @return the new wall-clock time
	 * @throws IllegalStateException when no slot fits
	 */
	public static LocalDateTime move(EObject variantOrItem) {
		ContentItem item = itemOf(variantOrItem);
		if (item == null) {
			throw new IllegalStateException(variantOrItem + ": not a content item or one of its variants");
		}
		LocalDateTime slot = after(item).orElseThrow(() -> new IllegalStateException("No posting slot within "
				+ DAYS_TRIED + " days suits every channel of \"" + item.getTitle() + "\""));
		Plan plan = planOf(item);
		if (plan != null) {
			new Rescheduler(new PlanCalendar(plan)).reschedule(item, slot).apply();
		} else {
			item.setScheduledAt(slot);
		}
		return slot;
	}

	private static Plan planOf(EObject object) {
		for (EObject e = object; e != null; e = e.eContainer()) {
			if (e instanceof Plan plan) {
				return plan;
			}
		}
		return null;
	}
}
