package org.parley.ui.internal;

import org.eclipse.core.commands.AbstractHandler;
import org.eclipse.core.commands.ExecutionEvent;
import org.eclipse.core.commands.ExecutionException;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.WorkbenchException;
import org.eclipse.ui.handlers.HandlerUtil;
import org.parley.ui.ParleyUi;

/** Brings the active window back to the Parley perspective. */
public class ShowParleyPerspectiveHandler extends AbstractHandler {

	@Override
	public Object execute(ExecutionEvent event) throws ExecutionException {
		IWorkbenchWindow window = HandlerUtil.getActiveWorkbenchWindowChecked(event);
		try {
			window.getWorkbench().showPerspective(ParleyUi.PERSPECTIVE_ID, window);
		} catch (WorkbenchException e) {
			throw new ExecutionException("Cannot open the Parley perspective", e);
		}
		return null;
	}
}
