package org.parley.ui.editor.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.jface.dialogs.IMessageProvider;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.ScrolledComposite;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.dialogs.ListSelectionDialog;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.IMessageManager;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;
import org.parley.core.validation.Finding;
import org.parley.ui.editor.ModelEditor;
import org.parley.ui.emf.ChangeRefusals;
import org.parley.ui.emf.FeatureCellEditors;
import org.parley.ui.emf.ItemLabelProvider;
import org.parley.ui.emf.ValueText;

/**
 * The fields of the selected object, one per item property descriptor, so that every concept of the model gets its
 * details without a class of its own: text for strings, numbers, dates and lists, a choice for enums, booleans and
 * single references, a dialog for many references. A value is applied as an undoable command when the user presses
 * Enter, leaves the field or picks a choice; text that is not a value shows why next to the field.
 */
public final class DetailsPart {

	private final ModelEditor editor;
	private final IManagedForm form;
	private final Section section;
	private final ScrolledComposite scroller;
	private final FormToolkit toolkit;
	private final List<Field> fields = new ArrayList<>();
	private final java.util.Map<Text, String> problems = new java.util.LinkedHashMap<>();
	private final Runnable problemsChanged;
	private ItemLabelProvider labels;
	private Composite content;
	private EObject shown;

	/**
	 * @param problemsChanged told when a field's text turns into a value or stops being one, to show
	 *                        {@link #problem()}
	 */
	public DetailsPart(ModelEditor editor, IManagedForm form, Section section, Runnable problemsChanged) {
		this.editor = editor;
		this.problemsChanged = problemsChanged;
		this.form = form;
		this.section = section;
		this.toolkit = form.getToolkit();
		scroller = new ScrolledComposite(section, SWT.V_SCROLL | SWT.H_SCROLL);
		scroller.setExpandHorizontal(true);
		scroller.setExpandVertical(true);
		toolkit.adapt(scroller);
		section.setClient(scroller);
		show(null);
	}

	public void setLabels(ItemLabelProvider labels) {
		this.labels = labels;
	}

	public EObject shown() {
		return shown;
	}

	/** Why the text typed into a field is not a value, such as {@code Duration Minutes: "an hour" is not a whole number}. */
	public String problem() {
		return problems.isEmpty() ? null : problems.values().iterator().next();
	}

	/**
	 * Shows in the page's header why a field's text is not a value, else the first validation finding about the
	 * object shown (and how many more there are), else nothing.
	 */
	public void showProblemOrFinding() {
		ScrolledForm header = form.getForm();
		if (problem() != null) {
			header.setMessage(problem(), IMessageProvider.ERROR);
			return;
		}
		List<Finding> findings = shown == null ? List.of() : editor.session().findingsOf(shown);
		if (findings.isEmpty()) {
			header.setMessage(null, IMessageProvider.NONE);
			return;
		}
		Finding first = findings.get(0);
		String more = findings.size() > 1 ? " (and " + (findings.size() - 1) + " more)" : "";
		int type = switch (first.severity()) {
		case ERROR -> IMessageProvider.ERROR;
		case WARNING -> IMessageProvider.WARNING;
		default -> IMessageProvider.INFORMATION;
		};
		header.setMessage(first.message() + more, type);
	}

	/** Shows the fields of {@code object}, or a hint when nothing is selected. */
	public void show(EObject object) {
		shown = object;
		fields.clear();
		problems.clear();
		form.getMessageManager().removeAllMessages();
		Composite old = content;
		content = toolkit.createComposite(scroller);
		content.setLayout(new GridLayout(2, false));
		String title = "Details";
		if (object == null) {
			toolkit.createLabel(content, "Select an object to see and change its details.");
		} else {
			title = editor.session().commands().typeName(object) + " Details";
			if (editor.session().adapterFactory().adapt(object, IItemPropertySource.class) instanceof IItemPropertySource source) {
				for (IItemPropertyDescriptor descriptor : source.getPropertyDescriptors(object)) {
					if (descriptor.getFeature(object) instanceof EStructuralFeature feature) {
						fields.add(createField(object, descriptor, feature));
					}
				}
			}
		}
		// Forms draw the borders of their text fields only when asked; without them an empty field is invisible.
		toolkit.paintBordersFor(content);
		// The new fields replace the old ones before those go, so that no layout meets a disposed control.
		scroller.setContent(content);
		if (old != null) {
			// Disposing a focused field makes SWT hand the focus to a sibling in the old fields, which are no longer
			// the scroller's content, and forms then fail to scroll that sibling into view: move the focus first.
			if (holdsFocus(old) && !content.setFocus()) {
				section.forceFocus();
			}
			old.dispose();
		}
		scroller.setMinSize(content.computeSize(SWT.DEFAULT, SWT.DEFAULT));
		section.setText(title);
		section.layout(true, true);
		refresh();
	}

	private static boolean holdsFocus(Composite composite) {
		for (Control c = composite.getDisplay().getFocusControl(); c != null; c = c.getParent()) {
			if (c == composite) {
				return true;
			}
		}
		return false;
	}

	/** Shows the model's current values (after undo, redo or a change elsewhere), leaving a field being typed in alone. */
	public void refresh() {
		if (shown != null && shown.eResource() == null && shown.eContainer() == null) {
			show(null);
			return;
		}
		for (Field field : fields) {
			field.refresh();
		}
	}

	private Field createField(EObject object, IItemPropertyDescriptor descriptor, EStructuralFeature feature) {
		Label label = toolkit.createLabel(content, descriptor.getDisplayName(object) + ":");
		label.setToolTipText(descriptor.getDescription(object));
		label.setLayoutData(new GridData(SWT.LEFT, SWT.TOP, false, false));
		boolean editable = descriptor.canSetProperty(object);
		if (feature instanceof EAttribute attribute) {
			List<Object> choices = FeatureCellEditors.choices(attribute);
			if (editable && choices != null && !attribute.isMany()) {
				return new ChoiceField(object, feature, choices, value -> ValueText.toText(attribute, value));
			}
			return new TextField(object, attribute, editable, descriptor.isMultiLine(object));
		}
		List<Object> candidates = editable ? new ArrayList<>(descriptor.getChoiceOfValues(object)) : List.of();
		if (feature.isMany()) {
			candidates = new ArrayList<>(candidates);
			candidates.remove(null);
			return new ReferencesField(object, feature, candidates, editable, descriptor.getDisplayName(object));
		}
		if (!editable) {
			return new TextField(object, feature, false);
		}
		if (!candidates.contains(null)) {
			candidates.add(0, null);
		}
		return new ChoiceField(object, feature, candidates, value -> value == null ? "" : labels.getText(value));
	}

	private void apply(EObject object, EStructuralFeature feature, Object value) {
		if (Objects.equals(object.eGet(feature), value)) {
			return;
		}
		Command command = editor.session().commands().set(object, feature, value);
		if (ChangeRefusals.show(section.getShell(), command)) {
			// The field still shows what was refused: show the model's value again.
			refresh();
		} else if (command.canExecute()) {
			editor.session().domain().getCommandStack().execute(command);
		}
	}

	private static GridData fill() {
		return new GridData(SWT.FILL, SWT.CENTER, true, false);
	}

	private interface Field {
		void refresh();
	}

	/** Text for an attribute (or a read-only reference), applied on Enter or when the field loses the focus. */
	private final class TextField implements Field {

		private final EObject object;
		private final EStructuralFeature feature;
		private final Text text;
		private String shownText = "";

		TextField(EObject object, EStructuralFeature feature, boolean editable) {
			this(object, feature, editable, false);
		}

		private final String name;

		TextField(EObject object, EStructuralFeature feature, boolean editable, boolean multiLine) {
			this.name = editor.session().commands().featureName(object, feature);
			this.object = object;
			this.feature = feature;
			text = toolkit.createText(content, "", multiLine ? SWT.MULTI | SWT.WRAP | SWT.V_SCROLL : SWT.SINGLE);
			GridData data = fill();
			if (multiLine) {
				data.heightHint = 60;
				data.widthHint = 200;
			}
			text.setLayoutData(data);
			text.setEditable(editable);
			if (editable && feature instanceof EAttribute attribute) {
				text.addListener(SWT.DefaultSelection, e -> commit(attribute));
				text.addListener(SWT.FocusOut, e -> commit(attribute));
				text.addListener(SWT.Modify, e -> check(attribute));
			}
		}

		private void check(EAttribute attribute) {
			String problem = ValueText.problem(attribute, text.getText());
			IMessageManager messages = form.getMessageManager();
			String before = problems.get(text);
			if (problem == null) {
				messages.removeMessage(feature, text);
				problems.remove(text);
			} else {
				messages.addMessage(feature, problem, null, org.eclipse.jface.dialogs.IMessageProvider.ERROR, text);
				problems.put(text, name + ": " + problem);
			}
			if (!java.util.Objects.equals(before, problems.get(text))) {
				problemsChanged.run();
			}
		}

		private void commit(EAttribute attribute) {
			if (text.isDisposed() || text.getText().equals(shownText)
					|| ValueText.problem(attribute, text.getText()) != null) {
				return;
			}
			apply(object, feature, ValueText.fromText(attribute, text.getText()));
			refresh();
		}

		@Override
		public void refresh() {
			if (text.isDisposed()) {
				return;
			}
			String current = FeatureCellEditors.text(feature, object.eGet(feature), labels);
			// A field the user is typing in keeps the typed text until it is applied.
			if (!text.isFocusControl() || text.getText().equals(shownText)) {
				if (!text.getText().equals(current)) {
					text.setText(current);
				}
				shownText = current;
			}
		}
	}

	/** A read-only combo of the feature's possible values, applied as soon as one is picked. */
	private final class ChoiceField implements Field {

		private final EObject object;
		private final EStructuralFeature feature;
		private final List<Object> values;
		private final Combo combo;

		ChoiceField(EObject object, EStructuralFeature feature, List<Object> values,
				java.util.function.Function<Object, String> text) {
			this.object = object;
			this.feature = feature;
			this.values = values;
			combo = new Combo(content, SWT.READ_ONLY | SWT.DROP_DOWN);
			toolkit.adapt(combo, true, false);
			combo.setItems(values.stream().map(text).toArray(String[]::new));
			combo.setVisibleItemCount(Math.min(15, Math.max(1, values.size())));
			combo.setLayoutData(fill());
			combo.addListener(SWT.Selection, e -> {
				int index = combo.getSelectionIndex();
				if (index >= 0) {
					apply(object, feature, values.get(index));
				}
			});
		}

		@Override
		public void refresh() {
			if (!combo.isDisposed()) {
				int index = values.indexOf(object.eGet(feature));
				if (index != combo.getSelectionIndex()) {
					combo.select(index);
				}
			}
		}
	}

	/** The objects of a many-valued reference, listed, and changed in a dialog of check boxes. */
	private final class ReferencesField implements Field {

		private final EObject object;
		private final EStructuralFeature feature;
		private final Text text;

		ReferencesField(EObject object, EStructuralFeature feature, List<Object> candidates, boolean editable,
				String name) {
			this.object = object;
			this.feature = feature;
			Composite row = toolkit.createComposite(content);
			toolkit.paintBordersFor(row);
			GridLayout layout = new GridLayout(2, false);
			layout.marginWidth = 0;
			layout.marginHeight = 0;
			row.setLayout(layout);
			row.setLayoutData(fill());
			text = toolkit.createText(row, "", SWT.SINGLE | SWT.READ_ONLY);
			text.setLayoutData(fill());
			Button choose = toolkit.createButton(row, "Choose…", SWT.PUSH);
			choose.setEnabled(editable);
			choose.addListener(SWT.Selection, e -> choose(candidates, name, choose));
		}

		private void choose(List<Object> candidates, String name, Control parent) {
			Collection<?> current = (Collection<?>) object.eGet(feature);
			ListSelectionDialog dialog = ListSelectionDialog.of(candidates).contentProvider(ArrayContentProvider.getInstance())
					.labelProvider(labels).title(name).message("Choose the " + name.toLowerCase() + ":")
					.preselect(current.toArray()).create(parent.getShell());
			if (dialog.open() == Window.OK) {
				apply(object, feature, new ArrayList<>(List.of(dialog.getResult())));
			}
		}

		@Override
		public void refresh() {
			if (!text.isDisposed()) {
				String current = FeatureCellEditors.text(feature, object.eGet(feature), labels);
				if (!text.getText().equals(current)) {
					text.setText(current);
				}
			}
		}
	}
}
