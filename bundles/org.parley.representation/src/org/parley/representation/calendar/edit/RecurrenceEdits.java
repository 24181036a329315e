package org.parley.representation.calendar.edit;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.parley.core.calendar.RecurrenceExpander;
import org.parley.model.ContentItem;
import org.parley.model.Frequency;
import org.parley.model.Identified;
import org.parley.model.OccurrenceOverride;
import org.parley.model.ParleyFactory;
import org.parley.model.ParleyPackage.Literals;
import org.parley.model.Recurrence;

/**
 * Undoable changes to how an item repeats: the rule of the whole series, or one occurrence (moved, reworded or
 * skipped). Every method checks its input first and throws {@link InvalidEditException} with the reasons; the
 * returned command is then executable on {@code domain}'s command stack.
 */
public final class RecurrenceEdits {

	private final EditingDomain domain;
	private final RecurrenceExpander expander = new RecurrenceExpander();

	public RecurrenceEdits(EditingDomain domain) {
		this.domain = domain;
	}

	/** Makes {@code item} repeat as {@code settings} say, creating its recurrence when it has none. */
	public Command editSeries(ContentItem item, RecurrenceSettings settings) {
		LocalDateTime start = expander.seriesStart(item);
		List<String> problems = settings.problems(start == null ? null : start.toLocalDate());
		if (!problems.isEmpty()) {
			throw new InvalidEditException(problems);
		}
		Recurrence current = item.getRecurrence();
		if (current == null) {
			Recurrence created = ParleyFactory.eINSTANCE.createRecurrence();
			created.setId(UUID.randomUUID().toString());
			apply(created, settings);
			return labelled("Make Repeating", SetCommand.create(domain, item, Literals.CONTENT_ITEM__RECURRENCE, created));
		}
		List<Command> sets = new ArrayList<>();
		set(sets, current, Literals.RECURRENCE__FREQUENCY, settings.frequency());
		set(sets, current, Literals.RECURRENCE__INTERVAL, settings.interval());
		set(sets, current, Literals.RECURRENCE__WEEKDAYS, List.copyOf(settings.weekdays().stream().sorted().toList()));
		set(sets, current, Literals.RECURRENCE__COUNT, settings.count());
		set(sets, current, Literals.RECURRENCE__UNTIL, settings.until());
		set(sets, current, Literals.RECURRENCE__EXCEPTION_DATES, settings.exceptionDates());
		if (sets.isEmpty()) {
			throw new InvalidEditException(List.of("The recurrence is already set this way."));
		}
		return new CompoundCommand("Edit Recurrence", sets);
	}

	/** Makes {@code item} a single post again, dropping its rule, exceptions and changed occurrences. */
	public Command stopRepeating(ContentItem item) {
		if (item.getRecurrence() == null) {
			throw new InvalidEditException(List.of("The item does not repeat."));
		}
		return labelled("Stop Repeating", SetCommand.create(domain, item, Literals.CONTENT_ITEM__RECURRENCE, null));
	}

	/**
	 * Changes the occurrence of {@code item} the rule puts on {@code originalDate}: its time, title and body (null for
	 * the series' own). An existing change of that occurrence is updated, else one is added.
	 */
	public Command editOccurrence(ContentItem item, LocalDate originalDate, LocalDateTime scheduledAt, String title,
			String body) {
		Recurrence recurrence = requireOccurrence(item, originalDate);
		String ownTitle = Objects.equals(title, item.getTitle()) ? null : title;
		String ownBody = Objects.equals(body, item.getBody()) ? null : body;
		OccurrenceOverride existing = overrideOf(recurrence, originalDate);
		if (existing == null) {
			OccurrenceOverride created = ParleyFactory.eINSTANCE.createOccurrenceOverride();
			created.setId(UUID.randomUUID().toString());
			created.setOriginalDate(originalDate);
			created.setScheduledAt(scheduledAt);
			created.setTitle(ownTitle);
			created.setBody(ownBody);
			return labelled("Edit Occurrence",
					AddCommand.create(domain, recurrence, Literals.RECURRENCE__OVERRIDES, created));
		}
		List<Command> sets = new ArrayList<>();
		set(sets, existing, Literals.OCCURRENCE_OVERRIDE__SCHEDULED_AT, scheduledAt);
		set(sets, existing, Literals.OCCURRENCE_OVERRIDE__TITLE, ownTitle);
		set(sets, existing, Literals.OCCURRENCE_OVERRIDE__BODY, ownBody);
		set(sets, existing, Literals.OCCURRENCE_OVERRIDE__CANCELLED, false);
		if (sets.isEmpty()) {
			throw new InvalidEditException(List.of("The occurrence of " + originalDate + " is already set this way."));
		}
		return new CompoundCommand("Edit Occurrence", sets);
	}

	/** Skips the occurrence of {@code originalDate}: it becomes an exception date of the series. */
	public Command skipOccurrence(ContentItem item, LocalDate originalDate) {
		Recurrence recurrence = requireOccurrence(item, originalDate);
		if (recurrence.getExceptionDates().contains(originalDate)) {
			throw new InvalidEditException(List.of("The occurrence of " + originalDate + " is already skipped."));
		}
		return labelled("Skip Occurrence",
				AddCommand.create(domain, recurrence, Literals.RECURRENCE__EXCEPTION_DATES, originalDate));
	}

	/**
	 * "This and following": the series of {@code item} ends before {@code from}, and a copy of it (new ids, no
	 * comments) repeats the same way from {@code from} on, taking the skipped days and changed occurrences from then
	 * on with it. The occurrences stay where they were; the two series can then be edited apart.
	 */
	public Split splitFrom(ContentItem item, LocalDate from) {
		Recurrence recurrence = requireOccurrence(item, from);
		List<LocalDate> before = expander.ruleDates(item, from.minusDays(1));
		if (before.isEmpty()) {
			throw new InvalidEditException(List.of("The series starts on " + from + ": edit the whole series instead."));
		}
		ContentItem following = EcoreUtil.copy(item);
		following.getComments().clear();
		for (var all = EcoreUtil.<EObject>getAllContents(List.of(following), false); all.hasNext();) {
			if (all.next() instanceof Identified identified) {
				identified.setId(UUID.randomUUID().toString());
			}
		}
		following.setScheduledAt(from.atTime(item.getScheduledAt().toLocalTime()));
		Recurrence rest = following.getRecurrence();
		rest.getExceptionDates().removeIf(date -> date.isBefore(from));
		rest.getOverrides().removeIf(o -> o.getOriginalDate() == null || o.getOriginalDate().isBefore(from));
		if (recurrence.getCount() > 0) {
			rest.setCount(recurrence.getCount() - before.size());
		}

		CompoundCommand split = new CompoundCommand("Split Series");
		if (recurrence.getCount() > 0) {
			split.append(SetCommand.create(domain, recurrence, Literals.RECURRENCE__COUNT, before.size()));
		} else {
			split.append(SetCommand.create(domain, recurrence, Literals.RECURRENCE__UNTIL, from.minusDays(1)));
		}
		List<LocalDate> laterExceptions = recurrence.getExceptionDates().stream().filter(d -> !d.isBefore(from)).toList();
		if (!laterExceptions.isEmpty()) {
			split.append(RemoveCommand.create(domain, recurrence, Literals.RECURRENCE__EXCEPTION_DATES, laterExceptions));
		}
		List<OccurrenceOverride> laterOverrides = recurrence.getOverrides().stream()
				.filter(o -> o.getOriginalDate() != null && !o.getOriginalDate().isBefore(from)).toList();
		if (!laterOverrides.isEmpty()) {
			split.append(RemoveCommand.create(domain, recurrence, Literals.RECURRENCE__OVERRIDES, laterOverrides));
		}
		split.append(AddCommand.create(domain, item.eContainer(), item.eContainmentFeature(), following));
		return new Split(split, following);
	}

	/** The command splitting a series, and the new series it adds. */
	public record Split(Command command, ContentItem following) {
	}

	/** The change recorded for the occurrence of {@code originalDate}, or null. */
	public static OccurrenceOverride overrideOf(Recurrence recurrence, LocalDate originalDate) {
		for (OccurrenceOverride override : recurrence.getOverrides()) {
			if (originalDate.equals(override.getOriginalDate())) {
				return override;
			}
		}
		return null;
	}

	private Recurrence requireOccurrence(ContentItem item, LocalDate originalDate) {
		Recurrence recurrence = item.getRecurrence();
		if (recurrence == null) {
			throw new InvalidEditException(List.of("The item does not repeat, so it has no single occurrence to change."));
		}
		if (originalDate == null || !expander.ruleDates(item, originalDate).contains(originalDate)) {
			throw new InvalidEditException(List.of("The series has no occurrence on " + originalDate + "."));
		}
		return recurrence;
	}

	private static void apply(Recurrence recurrence, RecurrenceSettings settings) {
		recurrence.setFrequency(settings.frequency());
		recurrence.setInterval(settings.interval());
		recurrence.getWeekdays().addAll(settings.weekdays().stream().sorted().toList());
		recurrence.setCount(settings.count());
		recurrence.setUntil(settings.until());
		recurrence.getExceptionDates().addAll(settings.exceptionDates());
		if (settings.frequency() != Frequency.WEEKLY) {
			recurrence.getWeekdays().clear();
		}
	}

	private void set(List<Command> commands, EObject owner, EStructuralFeature feature, Object value) {
		Object now = owner.eGet(feature);
		boolean same = feature.isMany() ? List.copyOf((List<?>) now).equals(value) : Objects.equals(now, value);
		if (!same) {
			commands.add(SetCommand.create(domain, owner, feature, value));
		}
	}

	private static Command labelled(String label, Command command) {
		CompoundCommand compound = new CompoundCommand(label);
		compound.append(command);
		return compound;
	}
}
