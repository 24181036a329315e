package org.parley.representation.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.calendar.Occurrence;
import org.parley.core.calendar.PlanCalendar;
import org.parley.core.calendar.TimeRange;
import org.parley.core.sample.SampleProject;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.model.ContentItem;
import org.parley.model.Schedule;

class CalendarMovesTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");

	@TempDir
	Path dir;

	private final BasicCommandStack stack = new BasicCommandStack();

	private void run(CalendarMoves.Outcome outcome) {
		assertThat(outcome.refusal()).isNull();
		stack.execute(outcome.command());
	}

	@Test
	void droppingOnAnotherDayKeepsTheTimeOfDayAndUndoPutsItBack() {
		TinyPlans tiny = new TinyPlans();
		ContentItem item = tiny.item("Teaser", LocalDateTime.of(2027, 5, 12, 9, 30), tiny.x);

		run(new CalendarMoves(tiny.plan, LONDON).drop(List.of(item), null, new DropTarget.Day(LocalDate.of(2027, 5, 14)),
				false));

		assertThat(item.getScheduledAt()).isEqualTo(LocalDateTime.of(2027, 5, 14, 9, 30));
		assertThat(stack.getUndoCommand().getLabel()).isEqualTo("Move 'Teaser' to 2027-05-14");
		stack.undo();
		assertThat(item.getScheduledAt()).isEqualTo(LocalDateTime.of(2027, 5, 12, 9, 30));
	}

	@Test
	void severalSelectedItemsMoveByAsManyDaysAsTheDraggedOne() {
		TinyPlans tiny = new TinyPlans();
		ContentItem dragged = tiny.item("Dragged", LocalDateTime.of(2027, 5, 12, 9, 0), tiny.x);
		ContentItem other = tiny.item("Other", LocalDateTime.of(2027, 5, 20, 18, 0), tiny.forum);
		Occurrence occurrence = new PlanCalendar(tiny.plan).occurrences(TimeRange.ofDays(LocalDate.of(2027, 5, 12),
				LocalDate.of(2027, 5, 12), LONDON)).get(0);

		run(new CalendarMoves(tiny.plan, LONDON).drop(List.of(dragged, other), occurrence,
				new DropTarget.Day(LocalDate.of(2027, 5, 15)), false));

		assertThat(dragged.getScheduledAt()).isEqualTo(LocalDateTime.of(2027, 5, 15, 9, 0));
		assertThat(other.getScheduledAt()).isEqualTo(LocalDateTime.of(2027, 5, 23, 18, 0));
	}

	@Test
	void aSlotOfTheWeekViewSetsTheTimeAndABacklogItemDroppedOnADayStartsAtNine() {
		TinyPlans tiny = new TinyPlans();
		ContentItem item = tiny.item("Teaser", LocalDateTime.of(2027, 5, 12, 9, 30), tiny.x);
		ContentItem idea = tiny.item("Idea", null, tiny.x);
		CalendarMoves moves = new CalendarMoves(tiny.plan, LONDON);

		run(moves.drop(List.of(item), null, new DropTarget.Slot(LocalDate.of(2027, 5, 13), LocalTime.of(15, 0)), false));
		run(moves.drop(List.of(idea), null, new DropTarget.Day(LocalDate.of(2027, 6, 2)), false));

		assertThat(item.getScheduledAt()).isEqualTo(LocalDateTime.of(2027, 5, 13, 15, 0));
		assertThat(idea.getScheduledAt()).isEqualTo(LocalDateTime.of(2027, 6, 2, 9, 0));
		assertThat(((Schedule) idea.eContainer()).getMonth()).isEqualTo("2027-06");
	}

	@Test
	void copyingAddsAnItemWithNewIdsAndLeavesTheOriginal() {
		TinyPlans tiny = new TinyPlans();
		ContentItem item = tiny.item("Teaser", LocalDateTime.of(2027, 5, 12, 9, 30), tiny.x);

		run(new CalendarMoves(tiny.plan, LONDON).drop(List.of(item), null, new DropTarget.Day(LocalDate.of(2027, 6, 1)),
				true));

		List<ContentItem> all = new PlanCalendar(tiny.plan).items();
		assertThat(all).hasSize(2);
		ContentItem copy = all.stream().filter(i -> i != item).findFirst().orElseThrow();
		assertThat(copy.getId()).isNotEqualTo(item.getId());
		assertThat(copy.getVariants().get(0).getId()).isNotEqualTo(item.getVariants().get(0).getId());
		assertThat(copy.getVariants().get(0).getChannel()).isSameAs(tiny.x);
		assertThat(copy.getScheduledAt()).isEqualTo(LocalDateTime.of(2027, 6, 1, 9, 30));
		assertThat(item.getScheduledAt()).isEqualTo(LocalDateTime.of(2027, 5, 12, 9, 30));
		stack.undo();
		assertThat(new PlanCalendar(tiny.plan).items()).containsExactly(item);
	}

	@Test
	void aTimelineRowRefusesItemsWithoutAVariantOnItsChannel() {
		TinyPlans tiny = new TinyPlans();
		ContentItem item = tiny.item("Teaser", LocalDateTime.of(2027, 5, 12, 9, 30), tiny.x);

		CalendarMoves.Outcome outcome = new CalendarMoves(tiny.plan, LONDON).drop(List.of(item), null,
				new DropTarget.ChannelDay("forum", LocalDate.of(2027, 5, 13)), false);

		assertThat(outcome.isRefused()).isTrue();
		assertThat(outcome.refusal()).contains("'Teaser' has no variant on that channel");
		assertThat(item.getScheduledAt()).isEqualTo(LocalDateTime.of(2027, 5, 12, 9, 30));
	}

	@Test
	void insertingPushesTheChannelsLaterItemsBackUpToTheFirstFreeDay() {
		TinyPlans tiny = new TinyPlans();
		ContentItem monday = tiny.item("Monday", LocalDateTime.of(2027, 5, 10, 9, 0), tiny.x);
		ContentItem tuesday = tiny.item("Tuesday", LocalDateTime.of(2027, 5, 11, 9, 0), tiny.x);
		ContentItem friday = tiny.item("Friday", LocalDateTime.of(2027, 5, 14, 9, 0), tiny.x);
		ContentItem forum = tiny.item("Forum", LocalDateTime.of(2027, 5, 11, 9, 0), tiny.forum);
		ContentItem idea = tiny.item("Idea", null, tiny.x);

		CalendarMoves.Outcome outcome = new CalendarMoves(tiny.plan, LONDON).insertAndPushBack(idea, tiny.x,
				LocalDate.of(2027, 5, 10));
		run(outcome);

		assertThat(idea.getScheduledAt()).isEqualTo(LocalDateTime.of(2027, 5, 10, 9, 0));
		assertThat(monday.getScheduledAt()).isEqualTo(LocalDateTime.of(2027, 5, 11, 9, 0));
		assertThat(tuesday.getScheduledAt()).isEqualTo(LocalDateTime.of(2027, 5, 12, 9, 0));
		assertThat(friday.getScheduledAt()).isEqualTo(LocalDateTime.of(2027, 5, 14, 9, 0));
		assertThat(forum.getScheduledAt()).isEqualTo(LocalDateTime.of(2027, 5, 11, 9, 0));
		assertThat(outcome.command().getLabel()).isEqualTo("Insert 'Idea' and push 2 later items back");
		stack.undo();
		assertThat(idea.getScheduledAt()).isNull();
		assertThat(monday.getScheduledAt()).isEqualTo(LocalDateTime.of(2027, 5, 10, 9, 0));
	}

	@Test
	void movingToAnotherMonthAndToTheBacklogMovesTheFileAndUndoRestoresEveryFile() throws IOException {
		ProjectStore store = new ProjectStore();
		store.save(store.create(dir, SampleProject.create()));
		Map<String, String> before = calendarFiles();
		LoadedProject project = store.load(dir);
		ContentItem item = januaryItem(project);
		ContentItem other = project.plan().getSchedules().stream().filter(s -> "2027-02".equals(s.getMonth()))
				.findFirst().orElseThrow().getItems().get(3);
		CalendarMoves moves = new CalendarMoves(project.plan(), LONDON);

		run(moves.drop(List.of(item), null, new DropTarget.Day(LocalDate.of(2027, 2, 3)), false));
		run(moves.toBacklog(List.of(other)));
		store.save(project);

		Map<String, String> moved = calendarFiles();
		assertThat(moved.get("2027-01.parley")).doesNotContain(item.getId());
		assertThat(moved.get("2027-02.parley")).contains(item.getId()).doesNotContain(other.getId());
		assertThat(moved.get("backlog.parley")).contains(other.getId());

		stack.undo();
		stack.undo();
		store.save(project);
		assertThat(calendarFiles()).isEqualTo(before);
		stack.redo();
		store.save(project);
		assertThat(calendarFiles().get("2027-02.parley")).contains(item.getId());
	}

	@Test
	void undoBringsBackAMonthFileThatTheMoveLeftEmptyAndASaveDeleted() throws IOException {
		TinyPlans tiny = new TinyPlans();
		tiny.item("Alone in May", LocalDateTime.of(2027, 5, 12, 9, 30), tiny.x);
		tiny.item("In June", LocalDateTime.of(2027, 6, 12, 9, 30), tiny.x);
		ProjectStore store = new ProjectStore();
		store.save(store.create(dir, tiny.plan));
		Map<String, String> before = calendarFiles();
		LoadedProject project = store.load(dir);
		ContentItem alone = new PlanCalendar(project.plan()).items().stream()
				.filter(i -> i.getTitle().equals("Alone in May")).findFirst().orElseThrow();

		run(new CalendarMoves(project.plan(), LONDON).drop(List.of(alone), null,
				new DropTarget.Day(LocalDate.of(2027, 6, 1)), false));
		store.save(project);
		assertThat(calendarFiles()).doesNotContainKey("2027-05.parley");

		stack.undo();
		store.save(project);
		assertThat(calendarFiles()).isEqualTo(before);
	}

	private static ContentItem januaryItem(LoadedProject project) {
		Schedule january = project.plan().getSchedules().stream().filter(s -> "2027-01".equals(s.getMonth())).findFirst()
				.orElseThrow();
		return january.getItems().stream().filter(i -> i.getRecurrence() == null).skip(2).findFirst().orElseThrow();
	}

	private Map<String, String> calendarFiles() throws IOException {
		Map<String, String> files = new TreeMap<>();
		try (Stream<Path> list = Files.list(dir.resolve("calendar"))) {
			for (Path file : list.toList()) {
				files.put(file.getFileName().toString(), Files.readString(file));
			}
		}
		return files;
	}
}
