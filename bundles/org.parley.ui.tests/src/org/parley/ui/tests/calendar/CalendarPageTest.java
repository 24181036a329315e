package org.parley.ui.tests.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Channel;
import org.parley.model.ContentItem;
import org.parley.model.Schedule;
import org.parley.representation.calendar.CalendarFilter;
import org.parley.representation.calendar.CalendarView;
import org.parley.representation.calendar.Chip;
import org.parley.representation.calendar.DropTarget;
import org.parley.representation.draw.Box;
import org.parley.ui.calendar.CalendarPage;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.project.SampleWorkspace;
import org.parley.ui.testing.ContainerHandle;
import org.parley.ui.testing.Mouse;
import org.parley.ui.testing.Screenshots;
import org.parley.ui.testing.ShellHandle;
import org.parley.ui.testing.UiDriver;
import org.parley.ui.testing.UiThread;
import org.parley.ui.tests.editor.SampleWorkspaceProject;

/** The editorial calendar page, used as an editor would: drag items with the mouse, undo, filter, export. */
class CalendarPageTest {

	private static final ZoneId LONDON = ZoneId.of("Europe/London");
	private static int projects;

	@TempDir
	Path temp;

	private final UiDriver ui = new UiDriver(Duration.ofSeconds(20));
	private final Mouse mouse = new Mouse(ui.waiter());
	private SampleWorkspaceProject sample;
	private ShellHandle window;

	@BeforeEach
	void sampleProjectInTheWorkspace() throws Exception {
		sample = SampleWorkspaceProject.create(temp.resolve("sample"), "calendar-sample-" + ++projects);
		window = ui.workbench().windowShell();
		// The workspace's own sample opens its editor once created; let that happen before this test's editor opens.
		ui.waitUntil("the workspace's sample project to be created", () -> Job.getJobManager()
				.find(SampleWorkspace.FAMILY).length == 0);
		int[] turns = { 0 };
		ui.waitUntil("pending UI work to run", () -> ++turns[0] > 20);
		UiThread.run(() -> ui.workbench().window().getActivePage().closeAllEditors(false));
		UiThread.run(() -> ui.workbench().window().getShell().setMaximized(true));
	}

	@AfterEach
	void closeEditorsAndProject() throws CoreException {
		UiThread.run(() -> ui.workbench().window().getActivePage().closeAllEditors(false));
		sample.delete();
	}

	private CalendarPage openCalendar() {
		IFile january = sample.file("calendar/2027-01.parley");
		ModelEditor editor = UiThread.call(() -> {
			try {
				return (ModelEditor) IDE.openEditor(ui.workbench().window().getActivePage(), january);
			} catch (PartInitException e) {
				throw new IllegalStateException(e);
			}
		});
		assertThat(editor.getActivePageInstance()).isInstanceOf(CalendarPage.class);
		CalendarPage page = (CalendarPage) editor.getActivePageInstance();
		// Laid out at the canvas's final size, so that the chips are where the mouse will go.
		ui.waitUntil("the calendar to be drawn at the canvas's size", () -> page.picture() != null
				&& !page.picture().chips().isEmpty()
				&& page.picture().settings().width() == Math.max(700, page.canvas().getClientArea().width)
				&& page.picture().settings().height() == Math.max(400, page.canvas().getClientArea().height));
		return page;
	}

	/** A chip of an item that does not repeat, on a day of January from which two days later is still January. */
	private static Chip movableChip(CalendarPage page) {
		return page.picture().chips().stream()
				.filter(c -> c.occurrence() != null && c.item().getRecurrence() == null
						&& c.occurrence().start().getMonthValue() == 1 && c.occurrence().start().getDayOfMonth() < 25)
				.findFirst().orElseThrow();
	}

	private static Point centre(Box box) {
		return new Point((int) (box.x() + Math.min(box.width() / 2, 30)), (int) (box.y() + box.height() / 2));
	}

	@Test
	void dragsAnItemToAnotherDayAndToTheBacklogWithTheMouseThenUndoesBoth() throws Exception {
		CalendarPage page = openCalendar();
		assertThat(page.settings().month().toString()).isEqualTo("2027-01");
		Screenshots.save("calendar-month-opened");
		Chip chip = movableChip(page);
		ContentItem item = chip.item();
		LocalDateTime before = item.getScheduledAt();
		LocalDate target = chip.occurrence().start().withZoneSameInstant(LONDON).toLocalDate().plusDays(2);

		mouse.drag(page.canvas(), centre(chip.bounds()), centre(page.picture().boundsOf(new DropTarget.Day(target))));

		ui.waitUntil("the item to move two days later", () -> before.plusDays(2).equals(item.getScheduledAt()));
		assertThat(page.editor().isDirty()).isTrue();
		Screenshots.save("calendar-item-dragged");

		Chip moved = page.picture().chipsOf(item).get(0);
		mouse.drag(page.canvas(), centre(moved.bounds()),
				centre(page.picture().boundsOf(new DropTarget.Backlog())));

		ui.waitUntil("the item to go to the backlog", () -> item.getScheduledAt() == null);
		assertThat(((Schedule) item.eContainer()).getMonth()).isNull();
		assertThat(page.picture().chipsOf(item)).singleElement().satisfies(c -> assertThat(c.occurrence()).isNull());
		Screenshots.save("calendar-item-in-backlog");

		ui.clickMenu(window, "Edit", "Undo Move '" + item.getTitle() + "' to the backlog");
		assertThat(item.getScheduledAt()).isEqualTo(before.plusDays(2));
		ui.clickMenu(window, "Edit", "Undo Move '" + item.getTitle() + "' to " + target);
		assertThat(item.getScheduledAt()).isEqualTo(before);
		assertThat(page.editor().isDirty()).isFalse();
	}

	@Test
	void filtersByChannelAndSwitchesViewsFromTheToolbar() throws Exception {
		CalendarPage page = openCalendar();
		Channel forum = page.editor().session().plan().getChannels().getChannels().stream()
				.filter(c -> c.getNetwork() == org.parley.model.Network.FORUM).findFirst().orElseThrow();
		int all = page.picture().chips().size();

		UiThread.run(() -> page.setFilter(CalendarFilter.ALL.withChannels(Set.of(forum.getId()))));

		List<Chip> shown = page.picture().chips();
		assertThat(shown).isNotEmpty().hasSizeLessThan(all);
		assertThat(shown).allSatisfy(c -> assertThat(c.item().getVariants()).anySatisfy(
				v -> assertThat(v.getChannel()).isSameAs(forum)));
		Screenshots.save("calendar-filtered-forum");

		var toolbar = new ContainerHandle<>(page.canvas().getParent().getParent(), ui.waiter());
		toolbar.button("Timeline").click();
		assertThat(page.settings().view()).isEqualTo(CalendarView.TIMELINE);
		assertThat(page.picture().boundsOf(new DropTarget.ChannelDay(forum.getId(), LocalDate.of(2027, 1, 5))))
				.isNotNull();
		Screenshots.save("calendar-timeline");
		toolbar.button("Week").click();
		assertThat(page.settings().view()).isEqualTo(CalendarView.WEEK);
		Screenshots.save("calendar-week");
	}

	@Test
	void exportsTheMonthAsAPngOfTheExportSize() throws Exception {
		CalendarPage page = openCalendar();
		Path png = temp.resolve("january.png");

		UiThread.run(() -> {
			try {
				page.exportPng(png);
			} catch (java.io.IOException e) {
				throw new IllegalStateException(e);
			}
		});

		ImageData[] images = new ImageLoader().load(png.toString());
		assertThat(images).hasSize(1);
		assertThat(images[0].width).isEqualTo(1400);
		assertThat(images[0].height).isEqualTo(900);
	}
}
