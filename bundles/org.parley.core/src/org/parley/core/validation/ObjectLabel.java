package org.parley.core.validation;

import org.eclipse.emf.ecore.EObject;
import org.parley.model.ChannelVariant;
import org.parley.model.ContentItem;
import org.parley.model.ConversationCell;
import org.parley.model.Identified;
import org.parley.model.MergeConflict;
import org.parley.model.ModelFile;
import org.parley.model.Named;
import org.parley.model.OccurrenceOverride;
import org.parley.model.Schedule;

/**
 * Readable labels of model objects for findings: the type and what people call the object, such as
 * {@code ContentItem "Summer sale teaser"} or {@code ConversationCell "Marketing × Prospects"}; the id when the
 * object has no name.
 */
public final class ObjectLabel {

	private ObjectLabel() {
	}

	/** The label of {@code object}. */
	public static String of(EObject object) {
		if (object == null) {
			return "nothing";
		}
		String type = object.eClass().getName();
		String name = nameOf(object);
		if (!isBlank(name)) {
			return type + " \"" + name + "\"";
		}
		if (!(object instanceof Named || object instanceof ContentItem || object instanceof ConversationCell
				|| object instanceof ModelFile) && object.eContainer() != null) {
			// Rules, windows, recurrences have no name of their own: named after what holds them.
			return type + " of " + of(object.eContainer());
		}
		if (object instanceof Identified identified && !isBlank(identified.getId())) {
			return type + " " + identified.getId();
		}
		return type;
	}

	private static String nameOf(EObject object) {
		if (object instanceof Named named) {
			return named.getName();
		}
		if (object instanceof ContentItem item) {
			return item.getTitle();
		}
		if (object instanceof ConversationCell cell) {
			return cell.getTeam() == null && cell.getCustomerGroup() == null ? null
					: nameOrDash(cell.getTeam()) + " × " + nameOrDash(cell.getCustomerGroup());
		}
		if (object instanceof ChannelVariant variant) {
			String item = variant.eContainer() instanceof ContentItem owner ? owner.getTitle() : null;
			return nameOrDash(item) + " on " + nameOrDash(variant.getChannel());
		}
		if (object instanceof OccurrenceOverride override && override.eContainer() != null
				&& override.eContainer().eContainer() instanceof ContentItem item) {
			return nameOrDash(item.getTitle()) + " on " + override.getOriginalDate();
		}
		if (object instanceof MergeConflict conflict) {
			return isBlank(conflict.getFeatureName()) ? conflict.getObjectId()
					: conflict.getObjectId() + "." + conflict.getFeatureName();
		}
		if (object instanceof Schedule schedule) {
			return isBlank(schedule.getMonth()) ? "backlog" : schedule.getMonth();
		}
		return null;
	}

	private static String nameOrDash(EObject named) {
		return named instanceof Named n ? nameOrDash(n.getName()) : "–";
	}

	private static String nameOrDash(String name) {
		return isBlank(name) ? "–" : name;
	}

	private static boolean isBlank(String s) {
		return s == null || s.isBlank();
	}
}
