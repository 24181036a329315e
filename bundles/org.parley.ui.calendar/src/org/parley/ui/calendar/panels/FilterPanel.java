package org.parley.ui.calendar.panels;

import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.forms.widgets.ExpandableComposite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.parley.model.Plan;
import org.parley.representation.calendar.CalendarFilter;
import org.parley.representation.calendar.filter.FilterCriterion;
import org.parley.representation.calendar.filter.FilterOption;
import org.parley.representation.calendar.filter.FilterOptions;
import org.parley.ui.calendar.CalendarContext;
import org.parley.ui.calendar.CalendarPanel;

/**
 * Filters the calendar by team, cell, customer group, channel, status, category, campaign and assignee: one
 * collapsible list of check boxes per criterion, several choices at once, each with the number of items it would
 * show; a summary line and Clear.
 */
public final class FilterPanel implements CalendarPanel {

	/** The key under which each criterion's table carries its {@link FilterCriterion} (for tests and accessibility). */
	public static final String CRITERION = "org.parley.ui.calendar.filter.criterion";
	public static final String CLEAR = "Clear Filters";

	private final Map<FilterCriterion, Table> tables = new EnumMap<>(FilterCriterion.class);
	private final Map<FilterCriterion, ExpandableComposite> sections = new EnumMap<>(FilterCriterion.class);
	private CalendarContext context;
	private Composite panel;
	private Label summary;
	private Button clear;

	@Override
	public String title() {
		return "Filters";
	}

	@Override
	public void create(Composite parent, FormToolkit toolkit, CalendarContext context) {
		this.context = context;
		panel = PanelBody.create(parent, toolkit, 2);
		summary = toolkit.createLabel(panel, "", SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		clear = toolkit.createButton(panel, CLEAR, SWT.PUSH);
		clear.addListener(SWT.Selection, e -> context.setFilter(CalendarFilter.ALL));
		for (FilterCriterion criterion : FilterCriterion.values()) {
			ExpandableComposite section = toolkit.createExpandableComposite(panel,
					ExpandableComposite.TWISTIE | ExpandableComposite.CLIENT_INDENT);
			section.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
			Table table = toolkit.createTable(section, SWT.CHECK | SWT.V_SCROLL | SWT.BORDER);
			table.setData(CRITERION, criterion);
			table.addListener(SWT.Selection, e -> {
				if (e.detail == SWT.CHECK) {
					checked(criterion);
				}
			});
			section.setClient(table);
			// Status is what editors narrow by most: open from the start.
			section.setExpanded(criterion == FilterCriterion.STATUS);
			section.addExpansionListener(new org.eclipse.ui.forms.events.ExpansionAdapter() {
				@Override
				public void expansionStateChanged(org.eclipse.ui.forms.events.ExpansionEvent e) {
					PanelBody.relayout(panel);
				}
			});
			tables.put(criterion, table);
			sections.put(criterion, section);
		}
		refresh();
	}

	/** The check boxes of one criterion changed: the filter keeps the checked options of it. */
	private void checked(FilterCriterion criterion) {
		Set<String> keys = new HashSet<>();
		for (TableItem row : tables.get(criterion).getItems()) {
			if (row.getChecked()) {
				keys.add((String) row.getData());
			}
		}
		context.setFilter(criterion.with(context.filter(), keys));
		refresh();
	}

	@Override
	public void refresh() {
		if (panel == null || panel.isDisposed()) {
			return;
		}
		Plan plan = context.editor().session().plan();
		FilterOptions options = new FilterOptions(plan);
		CalendarFilter filter = context.filter();
		for (FilterCriterion criterion : FilterCriterion.values()) {
			List<FilterOption> list = options.of(criterion, filter);
			Set<String> selected = criterion.selected(filter);
			Table table = tables.get(criterion);
			table.setItemCount(list.size());
			for (int i = 0; i < list.size(); i++) {
				FilterOption option = list.get(i);
				TableItem row = table.getItem(i);
				row.setText(option.label() + "  (" + option.count() + ")");
				row.setData(option.key());
				row.setChecked(selected.contains(option.key()));
			}
			GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
			data.heightHint = table.getItemHeight() * Math.max(1, Math.min(6, list.size())) + 4;
			data.widthHint = 180;
			table.setLayoutData(data);
			ExpandableComposite section = sections.get(criterion);
			section.setText(criterion.label() + (selected.isEmpty() ? ": all" : ": " + selected.size() + " chosen"));
		}
		int shown = options.count(filter);
		int all = options.count(CalendarFilter.ALL);
		summary.setText(filter.isEmpty() ? "Showing all " + all + " items" : "Showing " + shown + " of " + all + " items");
		clear.setEnabled(!filter.isEmpty());
		PanelBody.relayout(panel);
	}

	@Override
	public void dispose() {
		if (panel != null && !panel.isDisposed()) {
			panel.dispose();
		}
	}
}
