package org.parley.ui.tests.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Spinner;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IWorkbenchPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.calendar.PlanCalendar;
import org.parley.model.ChannelVariant;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.Network;
import org.parley.model.ParleyPackage;
import org.parley.model.Schedule;
import org.parley.representation.calendar.alerts.HotTopics;
import org.parley.representation.calendar.filter.FilterCriterion;
import org.parley.ui.calendar.CalendarPanel;
import org.parley.ui.calendar.actions.RecurrenceDialog;
import org.parley.ui.calendar.panels.FilterPanel;
import org.parley.ui.calendar.panels.HotTopicsPanel;
import org.parley.ui.calendar.panels.SavedViewsPanel;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.calendar.CalendarPage;
import org.parley.ui.testing.ContainerHandle;
import org.parley.ui.testing.Screenshots;
import org.parley.ui.testing.ShellHandle;
import org.parley.ui.testing.TreeHandle;
import org.parley.ui.testing.UiDriver;
import org.parley.ui.testing.UiThread;
import org.parley.ui.testing.WidgetHandle;
import org.parley.ui.testing.WidgetMatchers;
import org.parley.ui.tests.editor.SampleWorkspaceProject;

/**
 * The calendar's editing features on the sample, driven as a user would through the context menu and side panels
 * the calendar page hosts (here in {@link CalendarContextFixture}), and through the model editor's details form.
 */
class CalendarFeaturesTest {

	private static int projects;

	@TempDir
	Path temp;

	private final UiDriver ui = new UiDriver(Duration.ofSeconds(20));
	private SampleWorkspaceProject sample;
	private ModelEditor editor;
	private CalendarContextFixture stand;

	@BeforeEach
	void openTheSample() throws Exception {
		sample = SampleWorkspaceProject.create(temp.resolve("sample"), "calendar-features-" + ++projects);
		editor = SampleCalendarProject.openEditor(sample, page());
	}

	@AfterEach
	void close() throws CoreException {
		UiThread.run(() -> {
			if (stand != null) {
				stand.close();
			}
			page().closeAllEditors(false);
		});
		sample.delete();
	}

	@Test
	void editsARecurrenceInTheDialogAndUndoRestoresIt() {
		standWith(List.of());
		ContentItem tips = item(i -> "Tip Tuesday".equals(i.getTitle()));
		ContentItem before = EcoreUtil.copy(tips);
		selectRow(tips);

		ui.withDialog(() -> itemsTable().clickContextMenu("Edit Recurrence..."), () -> {
			ShellHandle dialog = ui.shell(RecurrenceDialog.TITLE);
			Spinner interval = (Spinner) dialog.widgets(WidgetMatchers.ofType(Spinner.class)).get(0);
			interval.setSelection(2);
			interval.notifyListeners(SWT.Modify, new Event());
			Button thursday = (Button) dialog.widget(WidgetMatchers.withTooltip("Thursday")).widget();
			new WidgetHandle<>(thursday).click();
			Screenshots.save("calendar-recurrence-dialog");
			dialog.button("OK").click();
		});

		assertThat(tips.getRecurrence().getInterval()).isEqualTo(2);
		assertThat(tips.getRecurrence().getWeekdays()).extracting(Enum::name).containsExactly("TUESDAY", "THURSDAY");
		CommandStack stack = editor.session().domain().getCommandStack();
		assertThat(stack.getUndoCommand().getLabel()).isEqualTo("Edit Recurrence");
		assertThat(editor.isDirty()).isTrue();

		UiThread.run(stack::undo);

		assertThat(EcoreUtil.equals(before, tips)).isTrue();
	}

	@Test
	void aBadIntervalKeepsOkDisabledAndSaysWhy() {
		standWith(List.of());
		ContentItem tips = item(i -> "Tip Tuesday".equals(i.getTitle()));
		selectRow(tips);
		AtomicReference<String> error = new AtomicReference<>();
		AtomicReference<Boolean> okEnabled = new AtomicReference<>();

		ui.withDialog(() -> itemsTable().clickContextMenu("Edit Recurrence..."), () -> {
			ShellHandle dialog = ui.shell(RecurrenceDialog.TITLE);
			Spinner interval = (Spinner) dialog.widgets(WidgetMatchers.ofType(Spinner.class)).get(0);
			interval.setSelection(0);
			interval.notifyListeners(SWT.Modify, new Event());
			error.set(texts(dialog.widget()));
			okEnabled.set(dialog.button("OK").isEnabled());
			dialog.button("Cancel").click();
		});

		assertThat(error.get()).contains("The interval must be at least 1 (it is 0).");
		assertThat(okEnabled.get()).isFalse();
		assertThat(tips.getRecurrence().getInterval()).isEqualTo(1);
		assertThat(editor.session().domain().getCommandStack().canUndo()).isFalse();
	}

	@Test
	void schedulingAnItemWhoseXTextIsTooLongIsRefusedWithTheRuleFromTheMenu() {
		ContentItem item = approvedWithX();
		makeXTextTooLong(item);
		standWith(List.of());
		selectRow(item);
		AtomicReference<String> message = new AtomicReference<>();

		ui.answerDialog("Cannot Set Status to Scheduled", dialog -> {
			message.set(texts(dialog.widget()));
			Screenshots.save("calendar-schedule-refused");
			dialog.button("OK").click();
		}, () -> itemsTable().clickContextMenu("Status", "Scheduled"));

		assertThat(message.get()).contains("cannot be scheduled", "[channel.text-too-long]", "allows 280",
				"Fix: Shorten the text to 280 characters or fewer");
		assertThat(item.getStatus()).isEqualTo(ContentStatus.APPROVED);
		assertThat(editor.session().domain().getCommandStack().getUndoCommand().getLabel()).isEqualTo("Set Text");
	}

	@Test
	void aStatusWithinTheRulesIsSetFromTheMenuAndUndone() {
		ContentItem item = approvedWithX();
		standWith(List.of());
		selectRow(item);

		itemsTable().clickContextMenu("Status", "Scheduled");

		assertThat(item.getStatus()).isEqualTo(ContentStatus.SCHEDULED);
		CommandStack stack = editor.session().domain().getCommandStack();
		assertThat(stack.getUndoCommand().getLabel()).isEqualTo("Set Status to Scheduled");
		UiThread.run(stack::undo);
		assertThat(item.getStatus()).isEqualTo(ContentStatus.APPROVED);
	}

	@Test
	void theDetailsFormRefusesTheSameStatusChange() {
		ContentItem item = approvedWithX();
		makeXTextTooLong(item);
		UiThread.call(() -> editor.setActivePage(CalendarPage.ID));
		CalendarPage calendar = (CalendarPage) UiThread.call(editor::getActivePageInstance);
		UiThread.call(() -> {
			calendar.select((org.eclipse.emf.ecore.EObject) item);
			return null;
		});
		ContainerHandle<Composite> fields = new ContainerHandle<>((Composite) calendar.getPartControl(), ui.waiter());
		WidgetHandle<Combo> status = fields.comboWithLabel("Status");
		String scheduled = UiThread.call(() -> java.util.Arrays.stream(status.widget().getItems())
				.filter(s -> s.equalsIgnoreCase("scheduled")).findFirst().orElseThrow());
		AtomicReference<String> message = new AtomicReference<>();

		ui.answerDialog("Cannot Set Status", dialog -> {
			message.set(texts(dialog.widget()));
			dialog.button("OK").click();
		}, () -> status.selectItem(scheduled));

		assertThat(message.get()).contains("[channel.text-too-long]", "Fix: Shorten");
		assertThat(item.getStatus()).isEqualTo(ContentStatus.APPROVED);
		assertThat(UiThread.call(() -> status.widget().getText())).isNotEqualTo(scheduled);
	}

	@Test
	void checkingStatusesInTheFilterPanelNarrowsTheCalendar() {
		standWith(List.of(new FilterPanel()));
		Table statuses = filterTable(FilterCriterion.STATUS);

		check(statuses, "SCHEDULED");
		check(statuses, "DRAFT");

		assertThat(stand.filter().statuses()).extracting(Enum::name).containsExactlyInAnyOrder("SCHEDULED", "DRAFT");
		assertThat(UiThread.call(stand::shownItems)).isNotEmpty()
				.allMatch(i -> i.getStatus() == ContentStatus.SCHEDULED || i.getStatus() == ContentStatus.DRAFT);
		UiThread.run(() -> stand.shell().forceActive());
		Screenshots.save("calendar-filter-panel");

		new ContainerHandle<>(stand.shell(), ui.waiter()).button(FilterPanel.CLEAR).click();

		assertThat(stand.filter().isEmpty()).isTrue();
		assertThat(UiThread.call(stand::shownItems)).hasSize(new PlanCalendar(editor.session().plan()).items().size());
	}

	@Test
	void aViewSavedUnderANameIsWrittenToTheUsersFileAndAppliedAgain() throws Exception {
		Path file = temp.resolve("views").resolve("views.json");
		standWith(List.of(new SavedViewsPanel(id -> file)));
		var scheduled = FilterCriterion.STATUS.with(stand.filter(), java.util.Set.of("SCHEDULED"));
		UiThread.run(() -> stand.setFilter(scheduled));
		ContainerHandle<Composite> side = new ContainerHandle<>(stand.shell(), ui.waiter());

		ui.withDialog(() -> side.button(SavedViewsPanel.SAVE).click(), () -> {
			ShellHandle dialog = ui.shell("Save View");
			dialog.widget(WidgetMatchers.ofType(org.eclipse.swt.widgets.Text.class));
			new WidgetHandle<>((org.eclipse.swt.widgets.Text) dialog
					.widget(WidgetMatchers.ofType(org.eclipse.swt.widgets.Text.class)).widget()).setText("Scheduled only");
			dialog.button("OK").click();
		});

		assertThat(java.nio.file.Files.readString(file)).contains("Scheduled only", "SCHEDULED", "month");
		UiThread.run(() -> stand.setFilter(org.parley.representation.calendar.CalendarFilter.ALL));
		WidgetHandle<Combo> views = new WidgetHandle<>((Combo) side.widget(WidgetMatchers.ofType(Combo.class)).widget());
		views.selectItem("Scheduled only");
		assertThat(stand.filter()).isEqualTo(scheduled);
	}

	@Test
	void hotTopicsSayHowToGetListeningDataWhenThereIsNone() {
		HotTopicsPanel hot = new HotTopicsPanel();
		standWith(List.of(new SavedViewsPanel(id -> temp.resolve("views").resolve(id + ".json")), new FilterPanel(), hot));

		ui.waitUntil("the alerts to be read", () -> !hot.isLoading()
				&& texts(stand.shell()).contains(HotTopics.NO_DATA));
		UiThread.run(() -> stand.shell().forceActive());
		Screenshots.save("calendar-side-panels");
	}

	@Test
	void anAlertBecomesASelectedDraftInTheBacklogWithOneUndoableCommand() throws Exception {
		OutageMentions.store(sample.file("plan.parley").getProject().getLocation().toPath());
		HotTopicsPanel hot = new HotTopicsPanel();
		standWith(List.of(hot));
		ContainerHandle<Composite> side = new ContainerHandle<>(stand.shell(), ui.waiter());
		Table alerts = (Table) side.widget(WidgetMatchers.of("the alerts table", w -> w instanceof Table t && t != stand.itemsTable())).widget();
		ui.waitUntil("an outage alert", () -> !hot.isLoading() && UiThread.call(() -> java.util.Arrays
				.stream(alerts.getItems()).anyMatch(r -> r.getText(0).contains("outage"))));
		UiThread.run(() -> {
			TableItem row = java.util.Arrays.stream(alerts.getItems()).filter(r -> r.getText(0).contains("outage"))
					.findFirst().orElseThrow();
			alerts.setSelection(row);
			alerts.notifyListeners(SWT.Selection, new Event());
			stand.shell().forceActive();
		});
		Screenshots.save("calendar-hot-topics");

		side.button(HotTopicsPanel.CREATE).click();

		List<ContentItem> selected = UiThread.call(stand::selectedItems);
		assertThat(selected).hasSize(1);
		ContentItem draft = selected.get(0);
		assertThat(draft.getTitle()).startsWith("Hot topic: ").contains("outage");
		assertThat(draft.getStatus()).isEqualTo(ContentStatus.DRAFT);
		assertThat(draft.getCell()).isNotNull();
		assertThat(draft.getScheduledAt()).isNull();
		CommandStack stack = editor.session().domain().getCommandStack();
		assertThat(stack.getUndoCommand().getLabel()).isEqualTo("Create Item from Alert");
		UiThread.run(stack::undo);
		assertThat(draft.eContainer()).isNull();
	}

	private void standWith(List<CalendarPanel> panels) {
		UiThread.run(() -> stand = new CalendarContextFixture(editor, panels));
	}

	private WidgetHandle<Table> itemsTable() {
		return new WidgetHandle<>(stand.itemsTable());
	}

	private void selectRow(ContentItem item) {
		UiThread.run(() -> {
			for (TableItem row : stand.itemsTable().getItems()) {
				if (row.getData() == item) {
					stand.itemsTable().setSelection(row);
					return;
				}
			}
			throw new IllegalStateException("No row for " + item.getTitle());
		});
	}

	private Table filterTable(FilterCriterion criterion) {
		return (Table) new ContainerHandle<>(stand.shell(), ui.waiter())
				.widget(WidgetMatchers.of("filter table " + criterion, w -> w.getData(FilterPanel.CRITERION) == criterion))
				.widget();
	}

	/** Ticks the row of {@code key} as a click on its check box would. */
	private static void check(Table table, String key) {
		UiThread.run(() -> {
			for (TableItem row : table.getItems()) {
				if (key.equals(row.getData())) {
					row.setChecked(true);
					Event event = new Event();
					event.item = row;
					event.detail = SWT.CHECK;
					table.notifyListeners(SWT.Selection, event);
					return;
				}
			}
			throw new IllegalStateException("No filter row " + key);
		});
	}

	private ContentItem approvedWithX() {
		return item(i -> i.getStatus() == ContentStatus.APPROVED && i.getReviewer() != null && i.getRecurrence() == null
				&& i.getVariants().stream().anyMatch(v -> v.getChannel().getNetwork() == Network.XTWITTER));
	}

	private void makeXTextTooLong(ContentItem item) {
		ChannelVariant onX = item.getVariants().stream()
				.filter(v -> v.getChannel().getNetwork() == Network.XTWITTER).findFirst().orElseThrow();
		UiThread.run(() -> editor.session().domain().getCommandStack().execute(editor.session().commands()
				.set(onX, ParleyPackage.Literals.CHANNEL_VARIANT__TEXT, "Coverage update for members ".repeat(12))));
	}

	private ContentItem item(java.util.function.Predicate<ContentItem> which) {
		return new PlanCalendar(editor.session().plan()).items().stream().filter(which).findFirst().orElseThrow();
	}

	/** Every label and text a user reads in a shell or composite. */
	private static String texts(Widget root) {
		return UiThread.call(() -> new ContainerHandle<>((Composite) root, null)
				.widgets(WidgetMatchers.of("text", w -> w instanceof Label || w instanceof org.eclipse.swt.widgets.Text))
				.stream().map(w -> w instanceof Label l ? l.getText() : ((org.eclipse.swt.widgets.Text) w).getText())
				.collect(Collectors.joining("\n")));
	}

	private static IWorkbenchPage page() {
		return UiThread.call(() -> org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage());
	}
}
