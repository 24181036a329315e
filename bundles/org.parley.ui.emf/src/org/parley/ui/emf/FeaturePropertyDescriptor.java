package org.parley.ui.emf;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ILabelProvider;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;

/** One property of a model object in the Properties view, with the cell editor its feature's type calls for. */
public class FeaturePropertyDescriptor implements IPropertyDescriptor {

	private final EObject object;
	private final IItemPropertyDescriptor descriptor;
	private final ItemLabelProvider labels;

	public FeaturePropertyDescriptor(EObject object, IItemPropertyDescriptor descriptor, ItemLabelProvider labels) {
		this.object = object;
		this.descriptor = descriptor;
		this.labels = labels;
	}

	@Override
	public CellEditor createPropertyEditor(Composite parent) {
		if (!descriptor.canSetProperty(object)) {
			return null;
		}
		return FeatureCellEditors.create(parent, object, descriptor, labels);
	}

	@Override
	public String getCategory() {
		return descriptor.getCategory(object);
	}

	@Override
	public String getDescription() {
		return descriptor.getDescription(object);
	}

	@Override
	public String getDisplayName() {
		return descriptor.getDisplayName(object);
	}

	@Override
	public String[] getFilterFlags() {
		return descriptor.getFilterFlags(object);
	}

	@Override
	public Object getHelpContextIds() {
		return null;
	}

	@Override
	public Object getId() {
		return descriptor.getId(object);
	}

	@Override
	public ILabelProvider getLabelProvider() {
		EStructuralFeature feature = (EStructuralFeature) descriptor.getFeature(object);
		return new LabelProvider() {
			@Override
			public String getText(Object value) {
				return FeatureCellEditors.text(feature, value, labels);
			}

			@Override
			public Image getImage(Object value) {
				return feature instanceof EAttribute || value == null || feature.isMany() ? null : labels.getImage(value);
			}
		};
	}

	@Override
	public boolean isCompatibleWith(IPropertyDescriptor other) {
		return false;
	}
}
