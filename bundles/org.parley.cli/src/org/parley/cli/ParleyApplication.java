package org.parley.cli;

import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;

/** The Equinox application behind {@code ./parley <command>}: hands the arguments to {@link ParleyCommandLine}. */
public class ParleyApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) {
		String[] args = (String[]) context.getArguments().get(IApplicationContext.APPLICATION_ARGS);
		context.applicationRunning();
		int exitCode = new ParleyCommandLine(System.out, System.err).run(args == null ? new String[0] : args);
		System.out.flush();
		return Integer.valueOf(exitCode);
	}

	@Override
	public void stop() {
		// commands are short and leave nothing half-done: saves are atomic
	}
}
