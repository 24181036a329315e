package org.parley.representation.calendar.edit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.calendar.Occurrence;
import org.parley.core.calendar.RecurrenceExpander;
import org.parley.core.calendar.TimeRange;
import org.parley.core.storage.ProjectStore;
import org.parley.model.ContentItem;
import org.parley.model.Frequency;
import org.parley.representation.calendar.SampleOnDisk;

/** Editing the sample's "Tip Tuesday" series and its occurrences through undoable commands. */
class RecurrenceEditsTest {

	private static final TimeRange YEAR = new TimeRange(Instant.parse("2026-12-01T00:00:00Z"),
			Instant.parse("2028-01-01T00:00:00Z"));

	@TempDir
	Path folder;

	private SampleOnDisk sample;
	private RecurrenceEdits edits;
	private ContentItem tips;
	private final RecurrenceExpander expander = new RecurrenceExpander();

	@BeforeEach
	void sample() throws IOException {
		sample = SampleOnDisk.create(folder);
		edits = new RecurrenceEdits(sample.domain());
		tips = sample.itemTitled("Tip Tuesday");
	}

	@Test
	void editingTheSeriesChangesTheOccurrencesAndUndoRestoresTheExactItem() {
		ContentItem before = EcoreUtil.copy(tips);
		List<LocalDate> datesBefore = dates(tips);
		RecurrenceSettings everyOtherTueAndThu = new RecurrenceSettings(Frequency.WEEKLY, 2,
				Set.of(DayOfWeek.TUESDAY, DayOfWeek.THURSDAY), 6, null, List.of(LocalDate.of(2027, 1, 7)));

		execute(edits.editSeries(tips, everyOtherTueAndThu));

		assertThat(dates(tips)).containsExactly(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 19),
				LocalDate.of(2027, 1, 21), LocalDate.of(2027, 2, 2), LocalDate.of(2027, 2, 4));
		assertThat(tips.getRecurrence().getUntil()).isNull();
		assertThat(sample.domain().getCommandStack().getUndoCommand().getLabel()).isEqualTo("Edit Recurrence");

		sample.domain().getCommandStack().undo();

		assertThat(EcoreUtil.equals(before, tips)).isTrue();
		assertThat(dates(tips)).isEqualTo(datesBefore);
		sample.domain().getCommandStack().redo();
		assertThat(tips.getRecurrence().getInterval()).isEqualTo(2);
	}

	@Test
	void theEditIsSavedInTheItemsMonthFile() throws IOException {
		execute(edits.editSeries(tips, new RecurrenceSettings(Frequency.DAILY, 3, Set.of(), 4, null, List.of())));
		sample.save();

		ContentItem reloaded = new ProjectStore().load(folder).plan().getSchedules().stream()
				.flatMap(s -> s.getItems().stream()).filter(i -> i.getId().equals(tips.getId())).findFirst().orElseThrow();

		assertThat(reloaded.getRecurrence().getFrequency()).isEqualTo(Frequency.DAILY);
		assertThat(dates(reloaded)).hasSize(4);
	}

	@Test
	void aSingleItemBecomesASeriesAndBackWithUndo() {
		ContentItem single = sample.item(i -> i.getRecurrence() == null && i.getScheduledAt() != null);

		execute(edits.editSeries(single, new RecurrenceSettings(Frequency.MONTHLY, 1, Set.of(), 3, null, List.of())));

		assertThat(dates(single)).hasSize(3);
		assertThat(single.getRecurrence().getId()).isNotBlank();
		sample.domain().getCommandStack().undo();
		assertThat(single.getRecurrence()).isNull();
	}

	@Test
	void splittingFromAnOccurrenceKeepsEveryOccurrenceInTwoSeriesAndUndoJoinsThem() {
		ContentItem before = EcoreUtil.copy(tips);
		List<LocalDate> all = dates(tips);
		LocalDate feb2 = LocalDate.of(2027, 2, 2);

		RecurrenceEdits.Split split = edits.splitFrom(tips, feb2);
		execute(split.command());

		ContentItem following = split.following();
		assertThat(dates(tips)).containsExactly(LocalDate.of(2027, 1, 5), LocalDate.of(2027, 1, 12),
				LocalDate.of(2027, 1, 19), LocalDate.of(2027, 1, 26));
		assertThat(dates(following)).doesNotContain(LocalDate.of(2027, 2, 16)).startsWith(feb2);
		assertThat(java.util.stream.Stream.concat(dates(tips).stream(), dates(following).stream()).toList())
				.isEqualTo(all);
		assertThat(occurrence(following, LocalDate.of(2027, 3, 9)).start().toLocalDate()).isEqualTo(LocalDate.of(2027, 3, 10));
		assertThat(tips.getRecurrence().getOverrides()).isEmpty();
		assertThat(following.getId()).isNotEqualTo(tips.getId());
		assertThat(following.getVariants().get(0).getId()).isNotEqualTo(tips.getVariants().get(0).getId());
		assertThat(following.eContainer()).isSameAs(tips.eContainer());

		sample.domain().getCommandStack().undo();

		assertThat(EcoreUtil.equals(before, tips)).isTrue();
		assertThat(following.eContainer()).isNull();
		assertThatThrownBy(() -> edits.splitFrom(tips, LocalDate.of(2027, 1, 5))).hasMessageContaining("edit the whole series");
	}

	@Test
	void badSettingsAreRefusedWithReasons() {
		assertThatThrownBy(() -> edits.editSeries(tips, new RecurrenceSettings(Frequency.WEEKLY, 0, Set.of(), 0, null, List.of())))
				.isInstanceOf(InvalidEditException.class).hasMessageContaining("interval must be at least 1 (it is 0)");
		assertThatThrownBy(() -> edits.editSeries(tips,
				new RecurrenceSettings(Frequency.WEEKLY, 1, Set.of(), 0, LocalDate.of(2026, 12, 31), List.of())))
				.hasMessageContaining("end date 2026-12-31 is before the first occurrence on 2027-01-05");
		assertThatThrownBy(() -> edits.editSeries(tips,
				new RecurrenceSettings(Frequency.WEEKLY, 1, Set.of(), 3, LocalDate.of(2027, 6, 1), List.of())))
				.hasMessageContaining("not both");
		assertThatThrownBy(() -> edits.editSeries(tips, new RecurrenceSettings(Frequency.DAILY, 1,
				Set.of(DayOfWeek.MONDAY), 0, null, List.of()))).hasMessageContaining("weekly series only");
		assertThat(sample.domain().getCommandStack().canUndo()).isFalse();
	}

	@Test
	void oneOccurrenceMovesAndIsRetitledThenUndoDropsTheOverride() {
		LocalDate jan19 = LocalDate.of(2027, 1, 19);
		int overrides = tips.getRecurrence().getOverrides().size();

		execute(edits.editOccurrence(tips, jan19, LocalDateTime.of(2027, 1, 20, 9, 30), "Tip Tuesday: eSIM", tips.getBody()));

		Occurrence moved = occurrence(tips, jan19);
		assertThat(moved.start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 1, 20, 9, 30));
		assertThat(moved.title()).isEqualTo("Tip Tuesday: eSIM");
		assertThat(moved.overridden()).isTrue();
		assertThat(tips.getRecurrence().getOverrides()).hasSize(overrides + 1);
		assertThat(RecurrenceEdits.overrideOf(tips.getRecurrence(), jan19).getBody()).isNull();
		assertThat(occurrence(tips, LocalDate.of(2027, 1, 26)).title()).isEqualTo("Tip Tuesday");

		sample.domain().getCommandStack().undo();

		assertThat(tips.getRecurrence().getOverrides()).hasSize(overrides);
		assertThat(occurrence(tips, jan19).overridden()).isFalse();
	}

	@Test
	void editingAnAlreadyChangedOccurrenceUpdatesItsOverride() {
		LocalDate march9 = LocalDate.of(2027, 3, 9);
		int overrides = tips.getRecurrence().getOverrides().size();

		execute(edits.editOccurrence(tips, march9, null, "Roaming before Easter", null));

		assertThat(tips.getRecurrence().getOverrides()).hasSize(overrides);
		assertThat(occurrence(tips, march9).start().toLocalDateTime()).isEqualTo(LocalDateTime.of(2027, 3, 9, 12, 0));
		assertThat(occurrence(tips, march9).title()).isEqualTo("Roaming before Easter");
	}

	@Test
	void skippingAnOccurrenceRemovesItAndUndoBringsItBack() {
		LocalDate jan26 = LocalDate.of(2027, 1, 26);
		assertThat(dates(tips)).contains(jan26);

		execute(edits.skipOccurrence(tips, jan26));

		assertThat(dates(tips)).doesNotContain(jan26);
		assertThatThrownBy(() -> edits.skipOccurrence(tips, jan26)).hasMessageContaining("already skipped");
		sample.domain().getCommandStack().undo();
		assertThat(dates(tips)).contains(jan26);
	}

	@Test
	void anOccurrenceTheRuleDoesNotHaveCannotBeEdited() {
		assertThatThrownBy(() -> edits.skipOccurrence(tips, LocalDate.of(2027, 1, 20)))
				.isInstanceOf(InvalidEditException.class).hasMessage("The series has no occurrence on 2027-01-20.");
	}

	@Test
	void stopRepeatingLeavesOnePostAndUndoRestoresTheSeries() {
		ContentItem before = EcoreUtil.copy(tips);

		execute(edits.stopRepeating(tips));

		assertThat(dates(tips)).containsExactly(LocalDate.of(2027, 1, 5));
		sample.domain().getCommandStack().undo();
		assertThat(EcoreUtil.equals(before, tips)).isTrue();
	}

	private void execute(Command command) {
		assertThat(command.canExecute()).isTrue();
		sample.domain().getCommandStack().execute(command);
	}

	private List<LocalDate> dates(ContentItem item) {
		return expander.expand(item, YEAR).stream().map(Occurrence::originalDate).toList();
	}

	private Occurrence occurrence(ContentItem item, LocalDate originalDate) {
		return expander.expand(item, YEAR).stream().filter(o -> o.originalDate().equals(originalDate)).findFirst()
				.orElseThrow();
	}
}
