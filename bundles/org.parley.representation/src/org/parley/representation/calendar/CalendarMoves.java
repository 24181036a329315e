package org.parley.representation.calendar;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.parley.core.calendar.ItemTime;
import org.parley.core.calendar.Occurrence;
import org.parley.core.calendar.PlanCalendar;
import org.parley.core.calendar.Rescheduler;
import org.parley.core.calendar.ScheduleChange;
import org.parley.model.Channel;
import org.parley.model.ChannelVariant;
import org.parley.model.ContentItem;
import org.parley.model.Identified;
import org.parley.model.Plan;

/**
 * Turns a drop on the calendar into one undoable command: the dragged items move by as many days as the dragged one
 * (keeping their time of day), or to the slot's time in the week view, or to the backlog; with copy, new items with
 * new ids go there instead. Items dropped from the backlog onto a day start at {@link #DEFAULT_TIME}.
 */
public final class CalendarMoves {

	/** When an item from the backlog starts on the day it is dropped on. */
	public static final LocalTime DEFAULT_TIME = LocalTime.of(9, 0);

	/** A drop's command, or why the drop is refused. */
	public record Outcome(CalendarMoveCommand command, String refusal) {

		static Outcome refused(String why) {
			return new Outcome(null, why);
		}

		public boolean isRefused() {
			return command == null;
		}
	}

	private final Plan plan;
	private final ZoneId viewZone;

	/** Moves in {@code plan}, with days as they fall in {@code viewZone} (the zone the calendar shows). */
	public CalendarMoves(Plan plan, ZoneId viewZone) {
		this.plan = plan;
		this.viewZone = viewZone;
	}

	/**
	 * The command for dropping {@code items} on {@code target}; {@code dragged} is the occurrence under the pointer
	 * when the drag started (null when it started in the backlog).
	 */
	public Outcome drop(List<ContentItem> items, Occurrence dragged, DropTarget target, boolean copy) {
		if (items.isEmpty() || target == null || target instanceof DropTarget.Edge) {
			return Outcome.refused("Nothing to drop there.");
		}
		if (target instanceof DropTarget.ChannelDay channelDay) {
			for (ContentItem item : items) {
				if (item.getVariants().stream().map(ChannelVariant::getChannel)
						.noneMatch(c -> c != null && channelDay.channelId().equals(c.getId()))) {
					return Outcome.refused("'" + ChipPainter.title(item, null) + "' has no variant on that channel; "
							+ "add one in its details first.");
				}
			}
		}
		List<CalendarMoveCommand.Step> steps = new ArrayList<>();
		for (ContentItem item : items) {
			LocalDateTime newTime = newTime(item, dragged, target);
			ZoneId newZone = newTime == null ? item.getTimeZone() : zoneOf(item);
			if (copy) {
				steps.add(CalendarMoveCommand.Step.add(copyOf(item), newTime, newZone));
			} else if (!sameTime(item, newTime)) {
				steps.add(CalendarMoveCommand.Step.move(item, newTime, newZone));
			}
		}
		if (steps.isEmpty()) {
			return Outcome.refused("The items are already there.");
		}
		return new Outcome(new CalendarMoveCommand(label(items, target, copy), plan, steps), null);
	}

	/** The command taking {@code items} off the calendar into the backlog. */
	public Outcome toBacklog(List<ContentItem> items) {
		return drop(items, null, new DropTarget.Backlog(), false);
	}

	/**
	 * Inserts {@code item} on {@code channel} at {@code day} (keeping its time of day, or {@link #DEFAULT_TIME}) and
	 * pushes that channel's later items back one day each up to the first free day (core's {@link Rescheduler}).
	 */
	public Outcome insertAndPushBack(ContentItem item, Channel channel, LocalDate day) {
		LocalTime time = item.getScheduledAt() != null ? item.getScheduledAt().toLocalTime() : DEFAULT_TIME;
		List<ScheduleChange> changes = new Rescheduler(new PlanCalendar(plan)).insertAndPushBack(item, channel,
				day.atTime(time));
		List<CalendarMoveCommand.Step> steps = new ArrayList<>();
		for (ScheduleChange change : changes) {
			steps.add(new CalendarMoveCommand.Step(change.item(), false, change.oldTime(), change.oldZone(),
					change.newTime(), change.newZone()));
		}
		String label = "Insert '" + ChipPainter.title(item, null) + "' and push " + (changes.size() - 1)
				+ (changes.size() == 2 ? " later item" : " later items") + " back";
		return new Outcome(new CalendarMoveCommand(label, plan, steps), null);
	}

	private LocalDateTime newTime(ContentItem item, Occurrence dragged, DropTarget target) {
		if (target instanceof DropTarget.Backlog) {
			return null;
		}
		ZoneId zone = zoneOf(item);
		if (!ItemTime.isScheduled(item)) {
			LocalTime time = target instanceof DropTarget.Slot slot ? slot.time() : DEFAULT_TIME;
			return ZonedDateTime.of(target.date(), time, viewZone).withZoneSameInstant(zone).toLocalDateTime();
		}
		ZonedDateTime anchor = anchorStart(item, dragged);
		if (target instanceof DropTarget.Slot slot) {
			Duration shift = Duration.between(anchor, ZonedDateTime.of(slot.date(), slot.time(), viewZone));
			return ItemTime.startOf(item).orElseThrow().plus(shift).withZoneSameInstant(zone).toLocalDateTime();
		}
		long days = ChronoUnit.DAYS.between(anchor.withZoneSameInstant(viewZone).toLocalDate(), target.date());
		return item.getScheduledAt().plusDays(days);
	}

	/** The start the drag is measured from: the dragged occurrence, or the item's own start. */
	private static ZonedDateTime anchorStart(ContentItem item, Occurrence dragged) {
		if (dragged != null && ItemTime.isScheduled(dragged.item())) {
			return dragged.start();
		}
		return ItemTime.startOf(item).orElseThrow();
	}

	private ZoneId zoneOf(ContentItem item) {
		return item.getTimeZone() != null ? item.getTimeZone() : ItemTime.planZone(plan);
	}

	private static boolean sameTime(ContentItem item, LocalDateTime newTime) {
		return newTime == null ? item.getScheduledAt() == null : newTime.equals(item.getScheduledAt());
	}

	/** A copy with new ids for it and everything it contains, without the original's comments. */
	static ContentItem copyOf(ContentItem item) {
		ContentItem copy = EcoreUtil.copy(item);
		copy.getComments().clear();
		copy.setId(UUID.randomUUID().toString());
		for (var all = copy.eAllContents(); all.hasNext();) {
			EObject object = all.next();
			if (object instanceof Identified identified) {
				identified.setId(UUID.randomUUID().toString());
			}
		}
		return copy;
	}

	private static String label(List<ContentItem> items, DropTarget target, boolean copy) {
		String what = items.size() == 1 ? "'" + ChipPainter.title(items.get(0), null) + "'" : items.size() + " items";
		if (target instanceof DropTarget.Backlog) {
			return (copy ? "Copy " : "Move ") + what + " to the backlog";
		}
		return (copy ? "Copy " : "Move ") + what + " to " + target.date();
	}
}
