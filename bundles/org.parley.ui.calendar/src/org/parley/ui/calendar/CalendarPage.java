package org.parley.ui.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Event;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.parley.core.calendar.ItemTime;
import org.parley.core.calendar.Occurrence;
import org.parley.core.calendar.PlanCalendar;
import org.parley.model.Campaign;
import org.parley.model.Channel;
import org.parley.model.ContentCategory;
import org.parley.model.ContentItem;
import org.parley.model.ConversationCell;
import org.parley.model.CustomerGroup;
import org.parley.model.Member;
import org.parley.model.Schedule;
import org.parley.model.Team;
import org.parley.representation.calendar.CalendarFilter;
import org.parley.representation.calendar.CalendarInput;
import org.parley.representation.calendar.CalendarLayouts;
import org.parley.representation.calendar.CalendarMoves;
import org.parley.representation.calendar.CalendarPicture;
import org.parley.representation.calendar.CalendarSettings;
import org.parley.representation.calendar.CalendarView;
import org.parley.representation.calendar.Chip;
import org.parley.representation.calendar.ChipNavigation;
import org.parley.representation.calendar.DropTarget;
import org.parley.representation.calendar.ItemFindings;
import org.parley.ui.editor.FilteringPage;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.editor.RevealingPage;
import org.parley.ui.editor.SessionPage;
import org.parley.ui.editor.internal.DetailsPart;

/**
 * The editorial calendar page of the model editor: month, week, agenda and channel timeline views over the headless
 * calendar representation, with the backlog beside the calendar, drag and drop, keyboard navigation, the side panels
 * of {@link CalendarPanels} and the selected item's details. Every change is a command on the editor's stack.
 */
public final class CalendarPage extends FormPage
		implements SessionPage, RevealingPage, FilteringPage, CalendarContext, CalendarCanvas.Listener,
		CalendarToolbar.Actions {

	/** The page's id: it takes the place of the model editor's built-in calendar page. */
	public static final String ID = ModelEditor.CALENDAR;

	private final ModelEditor editor;
	private final List<CalendarPanel> panels = new ArrayList<>();
	private CalendarSettings settings;
	private CalendarFilter filter = CalendarFilter.ALL;
	private final List<ContentItem> selection = new ArrayList<>();
	private Chip focusChip;
	private CalendarToolbar toolbar;
	private CalendarCanvas canvas;
	private DetailsPart details;
	private Section detailsSection;
	private ItemFindings findings = ItemFindings.NONE;
	private DropTarget menuTarget;

	public CalendarPage(ModelEditor editor) {
		super(editor, ID, "Calendar");
		this.editor = editor;
	}

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		ScrolledForm form = managedForm.getForm();
		FormToolkit toolkit = managedForm.getToolkit();
		form.setText("Editorial Calendar");
		toolkit.decorateFormHeading(form.getForm());
		form.getBody().setLayout(new GridLayout());
		settings = initialSettings();

		toolbar = new CalendarToolbar(form.getBody(), toolkit, this);
		toolbar.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		SashForm sash = new SashForm(form.getBody(), SWT.HORIZONTAL);
		toolkit.adapt(sash);
		GridData sashData = new GridData(SWT.FILL, SWT.FILL, true, true);
		// Hints keep the scrolled form from growing to the picture's size: the canvas lays out to what it gets.
		sashData.heightHint = 400;
		sashData.widthHint = 700;
		sash.setLayoutData(sashData);
		canvas = new CalendarCanvas(sash, this);
		canvas.control().setMenu(new CalendarMenu(this).create().createContextMenu(canvas.control()));
		canvas.control().addListener(SWT.MenuDetect, this::menuDetected);
		canvas.control().addListener(SWT.KeyDown, this::keyPressed);
		canvas.control().addListener(SWT.FocusIn, e -> publishSelection());
		createSideBar(sash, managedForm, toolkit);
		sash.setWeights(75, 25);
		updateFindings();
		showCalendar();
	}

	private CalendarSettings initialSettings() {
		PlanCalendar calendar = new PlanCalendar(editor.session().plan());
		LocalDate today = LocalDate.now(calendar.zone());
		return CalendarSettings.month(CalendarSettings.dayToOpen(calendar.items(), today), calendar.zone(), today, 1000,
				600);
	}

	private void createSideBar(SashForm sash, IManagedForm managedForm, FormToolkit toolkit) {
		Composite side = toolkit.createComposite(sash);
		side.setLayout(new GridLayout());
		for (CalendarPanel panel : CalendarPanels.create()) {
			Section section = toolkit.createSection(side, Section.TITLE_BAR | Section.TWISTIE | Section.EXPANDED);
			section.setText(panel.title());
			section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			Composite client = toolkit.createComposite(section);
			client.setLayout(new GridLayout());
			panel.create(client, toolkit, this);
			section.setClient(client);
			panels.add(panel);
		}
		detailsSection = toolkit.createSection(side, Section.TITLE_BAR);
		detailsSection.setText("Item Details");
		detailsSection.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		details = new DetailsPart(editor, managedForm, detailsSection, this::showProblem);
		details.setLabels(editor.session().labels());
	}

	/** Lays the calendar out again at the canvas's size and shows it. */
	private void showCalendar() {
		if (canvas == null || canvas.control().isDisposed()) {
			return;
		}
		Rectangle area = canvas.control().getClientArea();
		settings = settings.withSize(Math.max(area.width, 700), Math.max(area.height, 400));
		PlanCalendar calendar = new PlanCalendar(editor.session().plan());
		CalendarInput input = new CalendarInput(calendar, filter, findings, new LinkedHashSet<>(selection));
		canvas.show(CalendarLayouts.layout(editor.session().plan(), input, settings));
		toolbar.show(settings);
	}

	/** The picture on screen, for tests. */
	public CalendarPicture picture() {
		return canvas == null ? null : canvas.picture();
	}

	/** The canvas, for tests that drive the mouse. */
	public org.eclipse.swt.widgets.Canvas canvas() {
		return canvas == null ? null : canvas.control();
	}

	public CalendarSettings settings() {
		return settings;
	}

	/** Shows {@code view}, for the toolbar and tests. */
	@Override
	public void view(CalendarView view) {
		settings = settings.withView(view);
		showCalendar();
	}

	@Override
	public void go(int direction) {
		settings = direction == 0 ? settings.withFocus(settings.today()) : settings.shifted(direction);
		showCalendar();
	}

	@Override
	public void exportPng() {
		CalendarExports.png(getSite().getShell(), exportPicture().drawing(), "calendar-" + settings.month() + ".png");
	}

	/** Writes what Export PNG writes to {@code file}, without asking where (for tests). */
	public void exportPng(java.nio.file.Path file) throws java.io.IOException {
		org.parley.ui.draw.DrawingImages.writePng(getSite().getShell().getDisplay(), exportPicture().drawing(), 1, file);
	}

	/** The period in view as exported: 1400 × 900 pixels (the agenda and timeline taller when needed), no backlog. */
	private CalendarPicture exportPicture() {
		CalendarSettings export = settings.withBacklog(false).withSize(1400, 900);
		CalendarInput input = new CalendarInput(new PlanCalendar(editor.session().plan()), filter, findings, Set.of());
		return CalendarLayouts.layout(editor.session().plan(), input, export);
	}

	@Override
	public void exportIcal() {
		CalendarExports.ical(getSite().getShell(), editor.session().plan(), filter, "calendar.ics");
	}

	// --- input from the canvas

	@Override
	public void clicked(Chip chip, boolean toggle) {
		focusChip = chip;
		if (chip == null) {
			setSelection(List.of());
		} else if (toggle) {
			List<ContentItem> items = new ArrayList<>(selection);
			if (!items.remove(chip.item())) {
				items.add(chip.item());
			}
			setSelection(items);
		} else if (!selection.contains(chip.item())) {
			// A press on a selected item keeps the selection, so that several items can be dragged together.
			setSelection(List.of(chip.item()));
		}
	}

	@Override
	public void opened(Chip chip) {
		open(chip.item());
	}

	@Override
	public void dropped(Chip dragged, DropTarget target, boolean copy) {
		List<ContentItem> items = selection.contains(dragged.item()) ? List.copyOf(selection) : List.of(dragged.item());
		drop(items, dragged.occurrence(), target, copy);
	}

	@Override
	public void turned(int direction) {
		go(direction);
	}

	@Override
	public void resized() {
		showCalendar();
	}

	/** Drops {@code items} on {@code target} as one command; a refusal shows in the page's header. */
	void drop(List<ContentItem> items, Occurrence dragged, DropTarget target, boolean copy) {
		if (target == null) {
			return;
		}
		CalendarMoves.Outcome outcome = new CalendarMoves(editor.session().plan(), settings.zone()).drop(items, dragged,
				target, copy);
		execute(outcome);
	}

	void insertAndPushBack(ContentItem item, Channel channel, LocalDate day) {
		execute(new CalendarMoves(editor.session().plan(), settings.zone()).insertAndPushBack(item, channel, day));
	}

	private void execute(CalendarMoves.Outcome outcome) {
		if (outcome.isRefused()) {
			getManagedForm().getForm().setMessage(outcome.refusal(), IMessageProvider.WARNING);
			return;
		}
		getManagedForm().getForm().setMessage(null, IMessageProvider.NONE);
		editor.session().domain().getCommandStack().execute(outcome.command());
	}

	/** Shows the item's details and puts the focus there. */
	void open(ContentItem item) {
		details.show(item);
		detailsSection.setExpanded(true);
		detailsSection.setFocus();
	}

	DropTarget menuTarget() {
		return menuTarget;
	}

	private void menuDetected(Event e) {
		Point at = canvas.control().toControl(e.x, e.y);
		menuTarget = canvas.targetAt(at.x, at.y);
	}

	private void keyPressed(Event e) {
		switch (e.keyCode) {
		case SWT.ARROW_LEFT -> navigate(-1, 0);
		case SWT.ARROW_RIGHT -> navigate(1, 0);
		case SWT.ARROW_UP -> navigate(0, -1);
		case SWT.ARROW_DOWN -> navigate(0, 1);
		case SWT.CR, SWT.KEYPAD_CR -> {
			if (!selection.isEmpty()) {
				open(selection.get(0));
			}
		}
		case SWT.DEL -> {
			if (!selection.isEmpty() && editor.actions().deleteAction().isEnabled()) {
				editor.actions().deleteAction().run();
			}
		}
		default -> {
			return;
		}
		}
		e.doit = false;
	}

	private void navigate(int dx, int dy) {
		CalendarPicture picture = canvas.picture();
		if (picture == null) {
			return;
		}
		Chip from = focusChip == null ? null : sameChip(picture, focusChip);
		Chip next = ChipNavigation.next(picture, from, dx, dy);
		if (next != null) {
			focusChip = next;
			setSelection(List.of(next.item()));
			canvas.reveal(sameChip(canvas.picture(), next).bounds());
		}
	}

	/** The chip of a new picture standing for what {@code chip} stood for in an older one. */
	private static Chip sameChip(CalendarPicture picture, Chip chip) {
		for (Chip candidate : picture.chipsOf(chip.item())) {
			if (candidate.occurrence() == null && chip.occurrence() == null || candidate.occurrence() != null
					&& chip.occurrence() != null
					&& candidate.occurrence().originalDate().equals(chip.occurrence().originalDate())) {
				return candidate;
			}
		}
		List<Chip> any = picture.chipsOf(chip.item());
		return any.isEmpty() ? chip : any.get(0);
	}

	private void setSelection(List<ContentItem> items) {
		selection.clear();
		selection.addAll(items);
		details.show(items.isEmpty() ? null : items.get(0));
		showProblem();
		publishSelection();
		showCalendar();
		panels.forEach(CalendarPanel::refresh);
	}

	private void publishSelection() {
		editor.setSelection(new StructuredSelection(selection));
	}

	/** The header shows why a field's text is no value, else the first finding about the item in the details. */
	private void showProblem() {
		details.showProblemOrFinding();
	}

	private void updateFindings() {
		findings = new ItemFindings(editor.session().findings());
	}

	// --- CalendarContext

	@Override
	public ModelEditor editor() {
		return editor;
	}

	@Override
	public CalendarFilter filter() {
		return filter;
	}

	@Override
	public void setFilter(CalendarFilter newFilter) {
		filter = newFilter == null ? CalendarFilter.ALL : newFilter;
		showCalendar();
		panels.forEach(CalendarPanel::refresh);
	}

	@Override
	public List<ContentItem> selectedItems() {
		return List.copyOf(selection);
	}

	@Override
	public void select(List<ContentItem> items) {
		if (!items.isEmpty() && items.get(0).getScheduledAt() != null) {
			LocalDate day = ItemTime.startOf(items.get(0)).orElseThrow().withZoneSameInstant(settings.zone())
					.toLocalDate();
			settings = settings.withFocus(day);
		}
		focusChip = null;
		setSelection(items);
		if (!items.isEmpty() && canvas.picture() != null) {
			List<Chip> chips = canvas.picture().chipsOf(items.get(0));
			if (!chips.isEmpty()) {
				focusChip = chips.get(0);
				canvas.reveal(focusChip.bounds());
			}
		}
	}

	@Override
	public LocalDate focusDay() {
		return settings.view() == CalendarView.WEEK ? settings.firstDay() : settings.month().atDay(1);
	}

	@Override
	public void show(LocalDate day) {
		settings = settings.withFocus(day);
		showCalendar();
	}

	// --- RevealingPage, FilteringPage

	@Override
	public boolean shows(EObject object) {
		return itemOf(object) != null || object instanceof Schedule;
	}

	@Override
	public void select(EObject object) {
		if (object instanceof Schedule schedule) {
			if (schedule.getMonth() != null && schedule.getMonth().matches("\\d{4}-\\d{2}")) {
				show(java.time.YearMonth.parse(schedule.getMonth()).atDay(1));
			}
			return;
		}
		ContentItem item = itemOf(object);
		if (item != null) {
			select(List.of(item));
			if (item != object) {
				details.show(object);
			}
		}
	}

	private static ContentItem itemOf(EObject object) {
		for (EObject e = object; e != null; e = e.eContainer()) {
			if (e instanceof ContentItem item) {
				return item;
			}
		}
		return null;
	}

	@Override
	public boolean canFilterTo(EObject object) {
		return object instanceof Team || object instanceof ConversationCell || object instanceof CustomerGroup
				|| object instanceof Channel || object instanceof Campaign || object instanceof ContentCategory
				|| object instanceof Member;
	}

	@Override
	public void filterTo(EObject object) {
		Set<String> id = Set.of(((org.parley.model.Identified) object).getId());
		CalendarFilter f = filter;
		CalendarFilter narrowed = switch (object) {
		case Team t -> new CalendarFilter(id, f.cells(), f.customerGroups(), f.channels(), f.statuses(), f.categories(),
				f.campaigns(), f.assignees());
		case ConversationCell c -> f.withCells(id);
		case CustomerGroup g -> new CalendarFilter(f.teams(), f.cells(), id, f.channels(), f.statuses(), f.categories(),
				f.campaigns(), f.assignees());
		case Channel c -> f.withChannels(id);
		case Campaign c -> new CalendarFilter(f.teams(), f.cells(), f.customerGroups(), f.channels(), f.statuses(),
				f.categories(), id, f.assignees());
		case ContentCategory c -> new CalendarFilter(f.teams(), f.cells(), f.customerGroups(), f.channels(),
				f.statuses(), id, f.campaigns(), f.assignees());
		case Member m -> new CalendarFilter(f.teams(), f.cells(), f.customerGroups(), f.channels(), f.statuses(),
				f.categories(), f.campaigns(), id);
		default -> f;
		};
		setFilter(narrowed);
	}

	// --- SessionPage

	@Override
	public void sessionChanged() {
		if (canvas == null) {
			return;
		}
		selection.clear();
		focusChip = null;
		details.setLabels(editor.session().labels());
		details.show(null);
		updateFindings();
		showCalendar();
		panels.forEach(CalendarPanel::refresh);
	}

	@Override
	public void modelChanged() {
		if (canvas == null) {
			return;
		}
		// Items deleted or undone out of the plan leave the selection.
		selection.removeIf(item -> item.eContainer() == null);
		details.refresh();
		showCalendar();
		panels.forEach(CalendarPanel::refresh);
	}

	@Override
	public void findingsChanged() {
		if (canvas == null) {
			return;
		}
		updateFindings();
		showProblem();
		showCalendar();
		panels.forEach(CalendarPanel::refresh);
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (active && canvas != null) {
			ISelection current = editor.getSite().getSelectionProvider().getSelection();
			List<ContentItem> items = new ArrayList<>();
			if (current instanceof IStructuredSelection structured) {
				for (Object element : structured) {
					if (element instanceof EObject object && itemOf(object) != null) {
						items.add(itemOf(object));
					}
				}
			}
			if (!items.isEmpty()) {
				select(items);
			} else {
				publishSelection();
			}
		}
	}

	@Override
	public void dispose() {
		panels.forEach(CalendarPanel::dispose);
		super.dispose();
	}
}
