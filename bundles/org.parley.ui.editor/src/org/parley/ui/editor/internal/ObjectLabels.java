package org.parley.ui.editor.internal;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.parley.model.ConversationCell;
import org.parley.model.ModelFile;
import org.parley.model.Named;
import org.parley.model.Plan;
import org.parley.model.Schedule;
import org.parley.ui.emf.ItemLabelProvider;

/**
 * The item providers' labels, except where people know an object by something else: the roots of the files by what
 * they are ("Strategy", "Backlog") rather than by their ids, a conversation cell by its team and customer group
 * ("Cell Help &amp; support × Switchers").
 */
public final class ObjectLabels extends ItemLabelProvider {

	public ObjectLabels(AdapterFactory adapterFactory) {
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
		if (element instanceof ConversationCell cell && (cell.getTeam() != null || cell.getCustomerGroup() != null)) {
			return "Cell " + nameOf(cell.getTeam()) + " × " + nameOf(cell.getCustomerGroup());
		}
		return super.getText(element);
	}

	private static String nameOf(Named named) {
		return named == null || named.getName() == null || named.getName().isBlank() ? "–" : named.getName();
	}
}
