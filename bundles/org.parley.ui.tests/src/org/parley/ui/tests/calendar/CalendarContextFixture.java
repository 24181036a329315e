package org.parley.ui.tests.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;
import org.parley.core.calendar.PlanCalendar;
import org.parley.model.ContentItem;
import org.parley.representation.calendar.CalendarFilter;
import org.parley.ui.calendar.CalendarContext;
import org.parley.ui.calendar.CalendarItemActions;
import org.parley.ui.calendar.CalendarPanel;
import org.parley.ui.editor.ModelEditor;

/**
 * A test stand-in for the calendar page: a shell over a real open model editor with the side panels (in sections, as
 * the page lays them out) and a table of the plan's items whose context menu {@link CalendarItemActions} fills. It
 * implements {@link CalendarContext} as the page would: the filter narrows the table, selecting publishes to the
 * editor. UI thread only.
 */
final class CalendarContextFixture implements CalendarContext {

	private final ModelEditor editor;
	private final Shell shell;
	private final Table items;
	private final List<CalendarPanel> panels;
	private final FormToolkit toolkit;
	private CalendarFilter filter = CalendarFilter.ALL;
	private LocalDate focusDay = LocalDate.of(2027, 1, 1);
	private String viewKind = "month";

	CalendarContextFixture(ModelEditor editor, List<CalendarPanel> panels) {
		this.editor = editor;
		this.panels = panels;
		shell = new Shell(editor.getSite().getShell(), SWT.SHELL_TRIM);
		shell.setText("Calendar features test stand");
		shell.setLayout(new GridLayout(2, false));
		toolkit = new FormToolkit(shell.getDisplay());
		Composite side = toolkit.createComposite(shell);
		side.setLayout(new GridLayout(1, false));
		GridData sideData = new GridData(SWT.FILL, SWT.FILL, false, true);
		sideData.widthHint = 330;
		side.setLayoutData(sideData);
		for (CalendarPanel panel : panels) {
			Section section = toolkit.createSection(side, Section.TITLE_BAR);
			section.setText(panel.title());
			section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
			Composite client = toolkit.createComposite(section);
			client.setLayout(new GridLayout(1, false));
			section.setClient(client);
			panel.create(client, toolkit, this);
		}
		items = new Table(shell, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER);
		items.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		MenuManager menu = new MenuManager();
		menu.setRemoveAllWhenShown(true);
		menu.addMenuListener(m -> CalendarItemActions.fill(m, this, selectedItems()));
		items.setMenu(menu.createContextMenu(items));
		showItems();
		shell.setSize(1000, 900);
		shell.open();
	}

	Shell shell() {
		return shell;
	}

	Table itemsTable() {
		return items;
	}

	/** The items the table shows now, as the filter lets them through. */
	List<ContentItem> shownItems() {
		List<ContentItem> shown = new ArrayList<>();
		for (TableItem row : items.getItems()) {
			shown.add((ContentItem) row.getData());
		}
		return shown;
	}

	void showItems() {
		items.removeAll();
		for (ContentItem item : new PlanCalendar(editor.session().plan()).items()) {
			if (filter.accepts(item)) {
				TableItem row = new TableItem(items, SWT.NONE);
				row.setText(item.getTitle() + " [" + item.getStatus() + "]");
				row.setData(item);
			}
		}
	}

	void close() {
		panels.forEach(CalendarPanel::dispose);
		shell.dispose();
		toolkit.dispose();
	}

	@Override
	public ModelEditor editor() {
		return editor;
	}

	@Override
	public CalendarFilter filter() {
		return filter;
	}

	@Override
	public void setFilter(CalendarFilter filter) {
		this.filter = filter;
		showItems();
		panels.forEach(CalendarPanel::refresh);
	}

	@Override
	public List<ContentItem> selectedItems() {
		List<ContentItem> selected = new ArrayList<>();
		for (TableItem row : items.getSelection()) {
			selected.add((ContentItem) row.getData());
		}
		return selected;
	}

	@Override
	public void select(List<ContentItem> chosen) {
		showItems();
		List<TableItem> rows = new ArrayList<>();
		for (TableItem row : items.getItems()) {
			if (chosen.contains(row.getData())) {
				rows.add(row);
			}
		}
		items.setSelection(rows.toArray(TableItem[]::new));
		editor.setSelection(new StructuredSelection(chosen));
	}

	@Override
	public LocalDate focusDay() {
		return focusDay;
	}

	@Override
	public void show(LocalDate day) {
		focusDay = day;
	}

	@Override
	public String viewKind() {
		return viewKind;
	}

	@Override
	public void showViewKind(String kind) {
		viewKind = kind;
	}
}
