package org.parley.core.storage;

import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.emf.common.util.ECollections;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.parley.model.ContentItem;
import org.parley.model.ParleyFactory;
import org.parley.model.Plan;
import org.parley.model.Schedule;

/**
 * Puts every content item into the schedule of its month before a save: an item whose {@code scheduledAt} moved to
 * another month moves to that month's schedule (created when missing), unscheduled items go to the backlog, two
 * schedules of one month become one, and schedules left empty leave the plan (so that their files are deleted).
 */
final class ScheduleBuckets {

	private ScheduleBuckets() {
	}

	static void sort(Plan plan) {
		Map<String, Schedule> byMonth = new LinkedHashMap<>();
		for (Schedule schedule : List.copyOf(plan.getSchedules())) {
			String key = key(schedule.getMonth());
			Schedule kept = byMonth.putIfAbsent(key, schedule);
			if (kept != null) {
				kept.getItems().addAll(List.copyOf(schedule.getItems()));
				kept.getConflicts().addAll(List.copyOf(schedule.getConflicts()));
			}
		}
		for (Schedule schedule : new ArrayList<>(byMonth.values())) {
			String key = key(schedule.getMonth());
			YearMonth month = parse(key);
			for (ContentItem item : List.copyOf(schedule.getItems())) {
				if (isIn(item, month)) {
					continue;
				}
				String target = key(ProjectLayout.monthOf(item));
				if (!target.equals(key)) {
					byMonth.computeIfAbsent(target, missing -> newSchedule(plan, missing)).getItems().add(item);
				}
			}
		}
		for (Schedule schedule : List.copyOf(plan.getSchedules())) {
			boolean merged = byMonth.get(key(schedule.getMonth())) != schedule;
			if (merged || schedule.getItems().isEmpty() && schedule.getConflicts().isEmpty()) {
				detach(plan, schedule);
			}
		}
		// Backlog first, then months in calendar order, so that readers of plan.getSchedules() get a stable order.
		ECollections.sort(plan.getSchedules(), Comparator.comparing(schedule -> key(schedule.getMonth())));
	}

	/** The month of a schedule's key, or {@code null} for the backlog or a key that is no month. */
	private static YearMonth parse(String key) {
		try {
			return key.isEmpty() ? null : YearMonth.parse(key);
		} catch (DateTimeParseException e) {
			return null;
		}
	}

	/** Whether an item is scheduled in the month: the quick test that spares most items the month's text. */
	private static boolean isIn(ContentItem item, YearMonth month) {
		LocalDateTime at = item.getScheduledAt();
		return month != null && at != null && at.getYear() == month.getYear()
				&& at.getMonthValue() == month.getMonthValue();
	}

	private static Schedule newSchedule(Plan plan, String key) {
		Schedule schedule = ParleyFactory.eINSTANCE.createSchedule();
		schedule.setId(UUID.randomUUID().toString());
		schedule.setMonth(key.isEmpty() ? null : key);
		plan.getSchedules().add(schedule);
		return schedule;
	}

	private static void detach(Plan plan, Schedule schedule) {
		plan.getSchedules().remove(schedule);
		Resource resource = ((InternalEObject) schedule).eDirectResource();
		if (resource != null) {
			resource.getContents().remove(schedule);
			if (resource.getResourceSet() != null) {
				resource.getResourceSet().getResources().remove(resource);
			}
		}
	}

	private static String key(String month) {
		return ProjectLayout.isBacklog(month) ? "" : Objects.requireNonNull(month).strip();
	}
}
