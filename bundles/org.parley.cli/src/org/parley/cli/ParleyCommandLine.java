package org.parley.cli;

import java.io.PrintStream;
import java.io.PrintWriter;

import picocli.CommandLine;
import picocli.CommandLine.ParameterException;

/**
 * Runs one {@code parley} command: results go to {@code out}, everything else (progress,
 * warnings, errors) to {@code err}, so scripts can pipe the output. Returns an {@link ExitCode}.
 */
public class ParleyCommandLine {

	private final PrintStream out;
	private final PrintStream err;

	public ParleyCommandLine(PrintStream out, PrintStream err) {
		this.out = out;
		this.err = err;
	}

	public int run(String... args) {
		PrintWriter outWriter = new PrintWriter(out, true);
		PrintWriter errWriter = new PrintWriter(err, true);
		CommandLine commandLine = new CommandLine(new ParleyCommand());
		commandLine.setOut(outWriter);
		commandLine.setErr(errWriter);
		commandLine.setParameterExceptionHandler(this::badUsage);
		commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, cmd));
		int code = commandLine.execute(args);
		outWriter.flush();
		errWriter.flush();
		return code;
	}

	private int badUsage(ParameterException e, String[] args) {
		CommandLine cmd = e.getCommandLine();
		cmd.getErr().println("parley " + cmd.getCommandName() + ": " + e.getMessage());
		cmd.getErr().println("Try 'parley " + cmd.getCommandName() + " --help'.");
		return ExitCode.BAD_INPUT;
	}

	private int failure(Exception e, CommandLine cmd) {
		if (e instanceof UsageException) {
			cmd.getErr().println("parley " + cmd.getCommandName() + ": " + e.getMessage());
			return ExitCode.BAD_INPUT;
		}
		cmd.getErr().println("parley " + cmd.getCommandName() + ": internal error: " + e);
		e.printStackTrace(cmd.getErr());
		return ExitCode.BAD_INPUT;
	}
}
