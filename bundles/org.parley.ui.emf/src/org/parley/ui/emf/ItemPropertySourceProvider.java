package org.parley.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Gives the Properties view an {@link ItemPropertySource} for each model object of one editing domain. */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;
	private final ChangeCommands commands;
	private final ItemLabelProvider labels;

	public ItemPropertySourceProvider(AdapterFactory adapterFactory, ChangeCommands commands, ItemLabelProvider labels) {
		this.adapterFactory = adapterFactory;
		this.commands = commands;
		this.labels = labels;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		if (object instanceof EObject eObject
				&& adapterFactory.adapt(eObject, IItemPropertySource.class) instanceof IItemPropertySource source) {
			return new ItemPropertySource(eObject, source, commands, labels);
		}
		return null;
	}
}
