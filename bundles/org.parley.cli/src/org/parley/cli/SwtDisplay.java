package org.parley.cli;

import org.eclipse.swt.SWTError;
import org.eclipse.swt.widgets.Display;

/**
 * A display for the commands that draw: the thread's own when there is one (a workbench, a UI test), else one opened
 * for the work and closed after. Only those commands touch this class, so the others start without SWT.
 */
public final class SwtDisplay {

	/** Work that needs a display. */
	public interface Work<E extends Exception> {
		void run(Display display) throws E;
	}

	private SwtDisplay() {
	}

	/** Runs {@code work} on a display; false, without running it, when none can be opened. */
	public static <E extends Exception> boolean run(Work<E> work) throws E {
		Display current = Display.getCurrent();
		if (current != null) {
			work.run(current);
			return true;
		}
		String x = System.getenv("DISPLAY"), wayland = System.getenv("WAYLAND_DISPLAY");
		if ((x == null || x.isBlank()) && (wayland == null || wayland.isBlank())) {
			return false;
		}
		Display display;
		try {
			display = new Display();
		} catch (SWTError | UnsatisfiedLinkError | NoClassDefFoundError e) {
			return false;
		}
		try {
			work.run(display);
			return true;
		} finally {
			display.dispose();
		}
	}
}
