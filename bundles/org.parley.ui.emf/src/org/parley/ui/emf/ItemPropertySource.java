package org.parley.ui.emf;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;

/**
 * The Properties view's access to a model object (edit.ui's {@code PropertySource}): one property per item property
 * descriptor, values as the model holds them, and every change an undoable command named after the feature
 * ("Set Title") on the editing domain's command stack.
 */
public class ItemPropertySource implements IPropertySource {

	private final EObject object;
	private final IItemPropertySource itemPropertySource;
	private final ChangeCommands commands;
	private final ItemLabelProvider labels;

	public ItemPropertySource(EObject object, IItemPropertySource itemPropertySource, ChangeCommands commands,
			ItemLabelProvider labels) {
		this.object = object;
		this.itemPropertySource = itemPropertySource;
		this.commands = commands;
		this.labels = labels;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> descriptors = new ArrayList<>();
		for (IItemPropertyDescriptor descriptor : itemPropertySource.getPropertyDescriptors(object)) {
			if (descriptor.getFeature(object) instanceof EStructuralFeature) {
				descriptors.add(new FeaturePropertyDescriptor(object, descriptor, labels));
			}
		}
		return descriptors.toArray(new IPropertyDescriptor[0]);
	}

	@Override
	public Object getPropertyValue(Object id) {
		EStructuralFeature feature = feature(id);
		return feature == null ? null : object.eGet(feature);
	}

	@Override
	public boolean isPropertySet(Object id) {
		EStructuralFeature feature = feature(id);
		return feature != null && object.eIsSet(feature);
	}

	@Override
	public void resetPropertyValue(Object id) {
		EStructuralFeature feature = feature(id);
		if (feature != null) {
			execute(commands.unset(object, feature));
		}
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		EStructuralFeature feature = feature(id);
		if (feature != null && !Objects.equals(object.eGet(feature), value)) {
			execute(commands.set(object, feature, value));
		}
	}

	private void execute(Command command) {
		if (command instanceof RefusedCommand) {
			ChangeRefusals.show(org.eclipse.swt.widgets.Display.getCurrent().getActiveShell(), command);
		} else if (command.canExecute()) {
			commands.domain().getCommandStack().execute(command);
		}
	}

	private EStructuralFeature feature(Object id) {
		IItemPropertyDescriptor descriptor = itemPropertySource.getPropertyDescriptor(object, id);
		return descriptor != null && descriptor.getFeature(object) instanceof EStructuralFeature feature ? feature : null;
	}
}
