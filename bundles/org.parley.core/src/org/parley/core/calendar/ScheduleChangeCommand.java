package org.parley.core.calendar;

import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * An undoable EMF command applying schedule changes, for the editing domain's command stack. The item moves to
 * another month's file simply by its new date: storage re-buckets items on save.
 */
public final class ScheduleChangeCommand extends AbstractCommand {

	private final List<ScheduleChange> changes;

	/** A command applying {@code changes} in order (and undoing them in reverse order). */
	public ScheduleChangeCommand(String label, List<ScheduleChange> changes) {
		super(label);
		this.changes = List.copyOf(changes);
	}

	/** The changes this command applies. */
	public List<ScheduleChange> changes() {
		return changes;
	}

	@Override
	protected boolean prepare() {
		return !changes.isEmpty();
	}

	@Override
	public void execute() {
		changes.forEach(ScheduleChange::apply);
	}

	@Override
	public void undo() {
		for (int i = changes.size() - 1; i >= 0; i--) {
			changes.get(i).revert();
		}
	}

	@Override
	public void redo() {
		execute();
	}

	@Override
	public java.util.Collection<?> getAffectedObjects() {
		return changes.stream().map(ScheduleChange::item).toList();
	}
}
