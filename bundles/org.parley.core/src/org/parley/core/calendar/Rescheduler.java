package org.parley.core.calendar;

import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAmount;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.parley.model.Channel;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;

/**
 * Works out how items move on the calendar, as {@link ScheduleChange}s that a {@link ScheduleChangeCommand}
 * applies; nothing changes the model until that command runs.
 *
 * <h2>Insert here and push back</h2>
 * An item is inserted on a channel at a slot, and the later items of that channel make room:
 * <ol>
 * <li>The inserted item gets the slot (in its own zone, else the plan's).</li>
 * <li>The channel's movable items starting at or after the slot are taken in time order. Movable means: a
 * variant on the channel, scheduled, not recurring (a series keeps its rhythm), not published or cancelled
 * (those have gone or will not go out), and not the inserted item itself.</li>
 * <li>Each such item must start at least one {@code step} after the one before it (the inserted item for the
 * first). If it starts earlier, it is pushed to exactly one step after the one before it; if not, there is a gap
 * wide enough, and pushing stops there: the items after a gap do not move.</li>
 * </ol>
 * The step is added to wall-clock time, so "one day" keeps 09:00 at 09:00 across daylight-saving changes. With the
 * default step of one day, items posted once a day on a channel each move to the next day until a free day.
 */
public final class Rescheduler {

	/** The slot length used when none is given: a channel posting once a day. */
	public static final Period ONE_DAY = Period.ofDays(1);

	private final PlanCalendar calendar;

	/** A rescheduler over the items of {@code calendar}. */
	public Rescheduler(PlanCalendar calendar) {
		this.calendar = calendar;
	}

	/**
	 * Moves the item (for a recurring item: its whole series) to a new wall-clock time in its zone; a backlog item
	 * without a zone gets the plan's.
	 */
	public ScheduleChange reschedule(ContentItem item, LocalDateTime newTime) {
		return new ScheduleChange(item, item.getScheduledAt(), item.getTimeZone(), newTime, targetZone(item));
	}

	/** {@link #insertAndPushBack(ContentItem, Channel, LocalDateTime, TemporalAmount)} with a step of one day. */
	public List<ScheduleChange> insertAndPushBack(ContentItem item, Channel channel, LocalDateTime slot) {
		return insertAndPushBack(item, channel, slot, ONE_DAY);
	}

	/**
	 * Inserts {@code item} at {@code slot} and pushes the later items of {@code channel} back by {@code step}, up to
	 * the first gap (see the class comment). The first change is the inserted item's.
	 */
	public List<ScheduleChange> insertAndPushBack(ContentItem item, Channel channel, LocalDateTime slot,
			TemporalAmount step) {
		ZoneId zone = targetZone(item);
		List<ScheduleChange> changes = new ArrayList<>();
		changes.add(reschedule(item, slot));
		ZonedDateTime previous = ZonedDateTime.of(slot, zone);
		for (ContentItem later : laterItems(item, channel, previous)) {
			ZonedDateTime start = ItemTime.startOf(later).orElseThrow();
			LocalDateTime earliest = previous.withZoneSameInstant(start.getZone()).toLocalDateTime().plus(step);
			ZonedDateTime earliestStart = ZonedDateTime.of(earliest, start.getZone());
			if (!start.isBefore(earliestStart)) {
				break;
			}
			changes.add(new ScheduleChange(later, later.getScheduledAt(), later.getTimeZone(), earliest,
					later.getTimeZone()));
			previous = earliestStart;
		}
		return changes;
	}

	private List<ContentItem> laterItems(ContentItem inserted, Channel channel, ZonedDateTime slot) {
		return calendar.items().stream().filter(i -> i != inserted).filter(i -> isMovable(i, channel))
				.filter(i -> !ItemTime.startOf(i).orElseThrow().isBefore(slot))
				.sorted(Comparator.comparing((ContentItem i) -> ItemTime.startOf(i).orElseThrow().toInstant())
						.thenComparing(ContentItem::getId, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
	}

	private static boolean isMovable(ContentItem item, Channel channel) {
		return ItemTime.isScheduled(item) && item.getRecurrence() == null
				&& item.getStatus() != ContentStatus.PUBLISHED && item.getStatus() != ContentStatus.CANCELLED
				&& item.getVariants().stream().anyMatch(v -> v.getChannel() == channel);
	}

	private ZoneId targetZone(ContentItem item) {
		return item.getTimeZone() != null ? item.getTimeZone() : calendar.zone();
	}
}
