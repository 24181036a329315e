package org.parley.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.DialogCellEditor;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.ui.dialogs.ListSelectionDialog;

/**
 * The cell editor for a feature's type: text for strings, numbers, dates and times (checked as the user types), a
 * choice for booleans, enums and single references, comma-separated text for many-valued attributes, and a dialog of
 * check boxes for many-valued references. Every editor takes and gives values as the model holds them.
 */
public final class FeatureCellEditors {

	private FeatureCellEditors() {
	}

	/** The editor of the feature {@code descriptor} stands for, on {@code object}. */
	public static CellEditor create(Composite parent, EObject object, IItemPropertyDescriptor descriptor,
			ItemLabelProvider labels) {
		EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(object);
		if (feature instanceof EAttribute attribute) {
			List<Object> choices = choices(attribute);
			if (choices != null && !attribute.isMany()) {
				return new ChoiceCellEditor(parent, choices, value -> text(attribute, value, labels));
			}
			return new ValueTextCellEditor(parent, attribute);
		}
		List<Object> candidates = new ArrayList<>(descriptor.getChoiceOfValues(object));
		if (feature.isMany()) {
			candidates.remove(null);
			return new ReferencesDialogCellEditor(parent, descriptor.getDisplayName(object), candidates, labels);
		}
		if (!candidates.contains(null)) {
			candidates.add(0, null);
		}
		return new ChoiceCellEditor(parent, candidates, value -> value == null ? "" : labels.getText(value));
	}

	/** The fixed choices of an attribute's type: the literals of an enum, true and false; {@code null} for free text. */
	public static List<Object> choices(EAttribute attribute) {
		if (attribute.getEAttributeType() instanceof EEnum eEnum) {
			List<Object> literals = new ArrayList<>();
			for (EEnumLiteral literal : eEnum.getELiterals()) {
				literals.add(literal.getInstance());
			}
			return literals;
		}
		Class<?> type = attribute.getEAttributeType().getInstanceClass();
		if (type == boolean.class || type == Boolean.class) {
			return List.of(Boolean.TRUE, Boolean.FALSE);
		}
		return null;
	}

	/** The text of a value of {@code feature}: data values as typed, objects by their labels. */
	public static String text(EStructuralFeature feature, Object value, ItemLabelProvider labels) {
		if (feature instanceof EAttribute attribute) {
			return ValueText.toText(attribute, value);
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(labels::getText).collect(Collectors.joining(", "));
		}
		return value == null ? "" : labels.getText(value);
	}

	/** A read-only combo of values shown by their texts. */
	static final class ChoiceCellEditor extends ComboBoxCellEditor {

		private final List<Object> values;

		ChoiceCellEditor(Composite parent, List<Object> values, java.util.function.Function<Object, String> text) {
			super(parent, values.stream().map(text).toArray(String[]::new), SWT.READ_ONLY);
			this.values = values;
		}

		@Override
		protected Object doGetValue() {
			int index = (Integer) super.doGetValue();
			return index < 0 || index >= values.size() ? null : values.get(index);
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(values.indexOf(value));
		}
	}

	/** Text converted to and from the attribute's data type; text that is not a value shows why and is not applied. */
	static final class ValueTextCellEditor extends TextCellEditor {

		private final EAttribute attribute;

		ValueTextCellEditor(Composite parent, EAttribute attribute) {
			super(parent);
			this.attribute = attribute;
			setValidator(value -> ValueText.problem(attribute, (String) value));
		}

		@Override
		protected Object doGetValue() {
			return ValueText.fromText(attribute, (String) super.doGetValue());
		}

		@Override
		protected void doSetValue(Object value) {
			super.doSetValue(ValueText.toText(attribute, value));
		}
	}

	/** The chosen objects of a many-valued reference, changed in a dialog of check boxes. */
	static final class ReferencesDialogCellEditor extends DialogCellEditor {

		private final String title;
		private final List<Object> candidates;
		private final ItemLabelProvider labels;

		ReferencesDialogCellEditor(Composite parent, String title, List<Object> candidates, ItemLabelProvider labels) {
			super(parent);
			this.title = title;
			this.candidates = candidates;
			this.labels = labels;
		}

		@Override
		protected Object openDialogBox(Control window) {
			ListSelectionDialog dialog = ListSelectionDialog.of(candidates).contentProvider(ArrayContentProvider.getInstance())
					.labelProvider(labels).title(title).message("Choose the " + title.toLowerCase() + ":")
					.preselect(getValue() instanceof Collection<?> c ? c.toArray() : new Object[0])
					.create(window.getShell());
			if (dialog.open() != Window.OK) {
				return null;
			}
			return new ArrayList<>(List.of(dialog.getResult()));
		}

		@Override
		protected void updateContents(Object value) {
			if (getDefaultLabel() != null) {
				getDefaultLabel().setText(value instanceof Collection<?> values
						? values.stream().map(labels::getText).collect(Collectors.joining(", "))
						: "");
			}
		}
	}
}
