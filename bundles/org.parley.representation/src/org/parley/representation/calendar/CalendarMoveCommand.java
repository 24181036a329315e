package org.parley.representation.calendar;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.resource.Resource;
import org.parley.model.ContentItem;
import org.parley.model.ParleyFactory;
import org.parley.model.Plan;
import org.parley.model.Schedule;

/**
 * Moves content items in time and, with them, between the monthly schedules (and so the files) they belong to, or
 * adds copies; undo puts each item back at its place in its old schedule, even when a save in between had removed
 * that schedule because it was left empty, so that saving after undo gives back the files as they were.
 */
public final class CalendarMoveCommand extends AbstractCommand {

	/**
	 * One item's change: an existing item moved ({@code added} false), or a new copy added ({@code added} true), to
	 * {@code newTime} in {@code newZone} ({@code newTime} null: the backlog).
	 */
	public record Step(ContentItem item, boolean added, LocalDateTime oldTime, ZoneId oldZone, LocalDateTime newTime,
			ZoneId newZone) {

		static Step move(ContentItem item, LocalDateTime newTime, ZoneId newZone) {
			return new Step(item, false, item.getScheduledAt(), item.getTimeZone(), newTime, newZone);
		}

		static Step add(ContentItem copy, LocalDateTime newTime, ZoneId newZone) {
			return new Step(copy, true, null, null, newTime, newZone);
		}
	}

	/** Where a moved item was, to put it back. */
	private record Origin(Schedule schedule, int index) {
	}

	private final Plan plan;
	private final List<Step> steps;
	private final Map<Step, Origin> origins = new HashMap<>();
	private final Map<String, Schedule> created = new HashMap<>();

	public CalendarMoveCommand(String label, Plan plan, List<Step> steps) {
		super(label);
		this.plan = plan;
		this.steps = List.copyOf(steps);
	}

	public List<Step> steps() {
		return steps;
	}

	@Override
	protected boolean prepare() {
		return !steps.isEmpty();
	}

	@Override
	public void execute() {
		origins.clear();
		for (Step step : steps) {
			ContentItem item = step.item();
			item.setScheduledAt(step.newTime());
			item.setTimeZone(step.newZone());
			Schedule target = scheduleFor(step.newTime());
			if (step.added()) {
				target.getItems().add(item);
			} else if (item.eContainer() != target) {
				if (item.eContainer() instanceof Schedule from) {
					origins.put(step, new Origin(from, from.getItems().indexOf(item)));
				}
				target.getItems().add(item);
			}
		}
	}

	@Override
	public void undo() {
		for (int i = steps.size() - 1; i >= 0; i--) {
			Step step = steps.get(i);
			ContentItem item = step.item();
			if (step.added()) {
				if (item.eContainer() instanceof Schedule schedule) {
					schedule.getItems().remove(item);
				}
				continue;
			}
			item.setScheduledAt(step.oldTime());
			item.setTimeZone(step.oldZone());
			Origin origin = origins.get(step);
			if (origin != null) {
				if (!plan.getSchedules().contains(origin.schedule())) {
					plan.getSchedules().add(origin.schedule());
				}
				origin.schedule().getItems().add(Math.min(origin.index(), origin.schedule().getItems().size()), item);
			}
		}
		for (Schedule schedule : created.values()) {
			if (schedule.getItems().isEmpty() && schedule.getConflicts().isEmpty()) {
				detach(schedule);
			}
		}
	}

	@Override
	public void redo() {
		execute();
	}

	@Override
	public Collection<?> getAffectedObjects() {
		return steps.stream().map(Step::item).toList();
	}

	/** The schedule of the month of {@code time} (the backlog for null), the one this command made before if gone. */
	private Schedule scheduleFor(LocalDateTime time) {
		String month = time == null ? null : YearMonth.from(time).toString();
		for (Schedule schedule : plan.getSchedules()) {
			if (month == null ? isBacklog(schedule) : month.equals(schedule.getMonth())) {
				return schedule;
			}
		}
		Schedule schedule = created.computeIfAbsent(String.valueOf(month), key -> {
			Schedule made = ParleyFactory.eINSTANCE.createSchedule();
			made.setId(UUID.randomUUID().toString());
			made.setMonth(month);
			return made;
		});
		plan.getSchedules().add(schedule);
		return schedule;
	}

	private void detach(Schedule schedule) {
		plan.getSchedules().remove(schedule);
		Resource resource = schedule.eResource();
		if (resource != null) {
			resource.getContents().remove(schedule);
			if (resource.getResourceSet() != null) {
				resource.getResourceSet().getResources().remove(resource);
			}
		}
	}

	private static boolean isBacklog(Schedule schedule) {
		return schedule.getMonth() == null || schedule.getMonth().isBlank();
	}
}
