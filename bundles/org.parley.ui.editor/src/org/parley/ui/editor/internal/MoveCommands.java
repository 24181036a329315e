package org.parley.ui.editor.internal;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.common.command.UnexecutableCommand;
import org.eclipse.emf.edit.command.DragAndDropCommand;
import org.eclipse.emf.edit.command.DragAndDropFeedback;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.parley.model.ParleyPackage;
import org.parley.model.Strategy;
import org.parley.model.Topic;
import org.parley.ui.emf.LabelledCommand;

/**
 * What dropping objects in a tree means, as one undoable command: topics dropped on a topic become its sub-topics
 * (and on the strategy, top-level topics again); anything else is EMF's drag and drop: before or after a sibling
 * reorders, on an object that can hold them moves them there.
 */
public final class MoveCommands {

	/** Where on the target the objects were dropped. */
	public enum Where {
		BEFORE(0.2f), ON(0.5f), AFTER(0.8f);

		private final float location;

		Where(float location) {
			this.location = location;
		}
	}

	private MoveCommands() {
	}

	public static Command drop(EditingDomain domain, Object target, Where where, Collection<?> dragged) {
		if (dragged.isEmpty() || dragged.contains(target)) {
			return UnexecutableCommand.INSTANCE;
		}
		if (where == Where.ON && dragged.stream().allMatch(Topic.class::isInstance)
				&& (target instanceof Topic || target instanceof Strategy)) {
			return reparent(domain, target instanceof Topic topic ? topic : null, dragged);
		}
		return new LabelledCommand("Move", DragAndDropCommand.create(domain, target, where.location,
				DragAndDropFeedback.DROP_MOVE, DragAndDropFeedback.DROP_MOVE, List.copyOf(dragged)));
	}

	private static Command reparent(EditingDomain domain, Topic parent, Collection<?> topics) {
		CompoundCommand move = new CompoundCommand(topics.size() == 1 ? "Move Topic" : "Move Topics");
		for (Object each : topics) {
			Topic topic = (Topic) each;
			if (parent != null && isWithin(parent, topic)) {
				return UnexecutableCommand.INSTANCE;
			}
			move.append(SetCommand.create(domain, topic, ParleyPackage.Literals.TOPIC__PARENT,
					parent == null ? SetCommand.UNSET_VALUE : parent));
		}
		return move;
	}

	/** Whether {@code topic} is {@code ancestor} or lies below it: a topic cannot move under itself. */
	private static boolean isWithin(Topic topic, Topic ancestor) {
		for (Topic current = topic; current != null; current = current.getParent()) {
			if (current == ancestor) {
				return true;
			}
		}
		return false;
	}

}
