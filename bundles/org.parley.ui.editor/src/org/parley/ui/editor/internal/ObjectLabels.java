package org.parley.ui.editor.internal;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.parley.model.ModelFile;
import org.parley.model.Plan;
import org.parley.model.Schedule;
import org.parley.ui.emf.ItemLabelProvider;

/**
 * The item providers' labels, except for the roots of the files, which people know by what they are ("Strategy",
 * "Backlog") rather than by their ids.
 */
final class ObjectLabels extends ItemLabelProvider {

	ObjectLabels(AdapterFactory adapterFactory) {
		super(adapterFactory);
	}

	@Override
	public String getText(Object element) {
		if (element instanceof Schedule schedule && (schedule.getMonth() == null || schedule.getMonth().isBlank())) {
			return "Backlog";
		}
		if (element instanceof ModelFile file && !(element instanceof Schedule) && !(element instanceof Plan)) {
			return file.eClass().getName().replaceAll("(?<=[a-z])(?=[A-Z])", " ");
		}
		return super.getText(element);
	}
}
