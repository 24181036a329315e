package org.parley.ui.emf;

import org.eclipse.emf.common.command.AbstractCommand;

/**
 * A change a {@link ChangeVeto} refused: never executable, it carries the reason for the user. Whoever asked for the
 * change shows the reason ({@link ChangeRefusals#show}) instead of failing silently.
 */
public final class RefusedCommand extends AbstractCommand {

	private final String reason;

	public RefusedCommand(String label, String reason) {
		super(label, reason);
		this.reason = reason;
	}

	/** Why the change was refused, with the fix when the veto knows it. */
	public String reason() {
		return reason;
	}

	@Override
	protected boolean prepare() {
		return false;
	}

	@Override
	public void execute() {
		throw new UnsupportedOperationException(reason);
	}

	@Override
	public void redo() {
		throw new UnsupportedOperationException(reason);
	}
}
