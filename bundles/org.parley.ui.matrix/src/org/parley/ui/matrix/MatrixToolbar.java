package org.parley.ui.matrix;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.RowLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.parley.model.Brand;
import org.parley.model.Channel;
import org.parley.model.CustomerStage;
import org.parley.model.Plan;
import org.parley.model.TeamFunction;
import org.parley.model.Topic;
import org.parley.representation.matrix.HeatKind;
import org.parley.representation.matrix.MatrixFilter;
import org.parley.representation.matrix.MatrixSettings;

/**
 * The matrix page's controls: heat overlay, axes, zoom, the five filters, and the exports. Each change gives the
 * page new {@link MatrixSettings}.
 */
final class MatrixToolbar {

	static final double[] ZOOMS = { 0.5, 0.75, 1, 1.25, 1.5, 2 };

	private final Composite bar;
	private final Combo heat;
	private final Button swap;
	private final Combo zoom;
	private final Combo brand, channel, topic, function, stage;
	private final List<Object> brands = new ArrayList<>(), channels = new ArrayList<>(), topics = new ArrayList<>();
	private final Consumer<MatrixSettings> changed;
	private MatrixSettings settings;

	MatrixToolbar(Composite parent, FormToolkit toolkit, MatrixSettings initial, Consumer<MatrixSettings> changed,
			Runnable exportPng, Runnable exportSvg) {
		this.settings = initial;
		this.changed = changed;
		bar = toolkit.createComposite(parent);
		RowLayout layout = new RowLayout(SWT.HORIZONTAL);
		layout.center = true;
		layout.spacing = 6;
		layout.wrap = true;
		bar.setLayout(layout);
		GridData barData = new GridData(SWT.FILL, SWT.TOP, true, false);
		// a hint, so the form wraps the controls to its width rather than growing as wide as they are in one row
		barData.widthHint = 600;
		bar.setLayoutData(barData);
		toolkit.createLabel(bar, "Heat:");
		heat = combo(bar);
		for (HeatKind kind : HeatKind.values()) {
			heat.add(kind.label());
		}
		heat.select(initial.heat().ordinal());
		heat.addListener(SWT.Selection, e -> apply(settings.withHeat(HeatKind.values()[heat.getSelectionIndex()])));
		swap = toolkit.createButton(bar, "Swap Axes", SWT.TOGGLE);
		swap.setToolTipText("Customer groups as rows and teams as columns, or back");
		swap.addListener(SWT.Selection, e -> apply(settings.withSwapped(swap.getSelection())));
		toolkit.createLabel(bar, "Zoom:");
		zoom = combo(bar);
		for (double z : ZOOMS) {
			zoom.add(Math.round(z * 100) + " %");
		}
		zoom.select(2);
		zoom.addListener(SWT.Selection, e -> apply(settings.withZoom(ZOOMS[zoom.getSelectionIndex()])));
		toolkit.createLabel(bar, "  Filter:");
		brand = combo(bar);
		channel = combo(bar);
		topic = combo(bar);
		function = combo(bar);
		stage = combo(bar);
		for (Combo filter : List.of(brand, channel, topic, function, stage)) {
			filter.addListener(SWT.Selection, e -> apply(settings.withFilter(filter())));
		}
		Button png = toolkit.createButton(bar, "Export PNG…", SWT.PUSH);
		png.addListener(SWT.Selection, e -> exportPng.run());
		Button svg = toolkit.createButton(bar, "Export SVG…", SWT.PUSH);
		svg.addListener(SWT.Selection, e -> exportSvg.run());
	}

	private static Combo combo(Composite parent) {
		Combo combo = new Combo(parent, SWT.READ_ONLY | SWT.DROP_DOWN);
		combo.setVisibleItemCount(20);
		return combo;
	}

	/** Fills the filters' choices from the plan, keeping what is chosen where it still exists. */
	void showChoices(Plan plan) {
		var strategy = plan.getStrategy();
		fill(brand, brands, "All brands", strategy == null ? List.of() : strategy.getBrands(), b -> ((Brand) b).getName());
		fill(channel, channels, "All channels", plan.getChannels() == null ? List.of() : plan.getChannels().getChannels(),
				c -> ((Channel) c).getName());
		fill(topic, topics, "All topics", strategy == null ? List.of() : strategy.getTopics(), t -> ((Topic) t).getName());
		if (function.getItemCount() == 0) {
			function.add("All team functions");
			for (TeamFunction f : TeamFunction.values()) {
				function.add(words(f.getName()));
			}
			function.select(0);
			stage.add("All group stages");
			for (CustomerStage s : CustomerStage.values()) {
				stage.add(words(s.getName()));
			}
			stage.select(0);
		}
	}

	private static void fill(Combo combo, List<Object> objects, String all, List<?> choices,
			java.util.function.Function<Object, String> name) {
		Object chosen = combo.getSelectionIndex() > 0 ? objects.get(combo.getSelectionIndex() - 1) : null;
		String chosenId = chosen instanceof org.parley.model.Identified i ? i.getId() : null;
		combo.removeAll();
		objects.clear();
		combo.add(all);
		int select = 0;
		for (Object choice : choices) {
			objects.add(choice);
			combo.add(String.valueOf(name.apply(choice)));
			if (chosenId != null && chosenId.equals(((org.parley.model.Identified) choice).getId())) {
				select = objects.size();
			}
		}
		combo.select(select);
	}

	private MatrixFilter filter() {
		MatrixFilter filter = MatrixFilter.ALL;
		filter = filter.withBrands(idOf(brand, brands));
		filter = filter.withChannels(idOf(channel, channels));
		filter = filter.withTopics(idOf(topic, topics));
		if (function.getSelectionIndex() > 0) {
			filter = filter.withTeamFunctions(Set.of(TeamFunction.values()[function.getSelectionIndex() - 1]));
		}
		if (stage.getSelectionIndex() > 0) {
			filter = filter.withGroupStages(Set.of(CustomerStage.values()[stage.getSelectionIndex() - 1]));
		}
		return filter;
	}

	private static Set<String> idOf(Combo combo, List<Object> objects) {
		int index = combo.getSelectionIndex();
		return index <= 0 ? Set.of() : Set.of(((org.parley.model.Identified) objects.get(index - 1)).getId());
	}

	private void apply(MatrixSettings newSettings) {
		settings = newSettings;
		changed.accept(newSettings);
		bar.getParent().layout(true, true);
	}

	/** Picks a heat overlay as if the user had chosen it. */
	void chooseHeat(HeatKind kind) {
		heat.select(kind.ordinal());
		apply(settings.withHeat(kind));
	}

	Combo heatCombo() {
		return heat;
	}

	static String words(String literal) {
		String lower = literal.toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
		return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
	}
}
