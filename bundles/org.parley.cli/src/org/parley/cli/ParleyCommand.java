package org.parley.cli;

import java.util.concurrent.Callable;

import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** The root of {@code parley <command>}: lists the commands. */
@Command(name = "parley", mixinStandardHelpOptions = true, version = "Parley 0.1.0",
		description = "Plan and run a brand's social conversations from the command line.%n"
				+ "Without a command, ./parley starts the workbench.",
		subcommands = { NewSampleCommand.class, ValidateCommand.class, ExportIcsCommand.class,
				ExportMapCommand.class, ExportCalendarCommand.class,
				AnalyseCommand.class, AlertsCommand.class, ReportCommand.class,
				ExportMatrixCommand.class,
				MergeDriverCommand.class, GitSetupCommand.class, SourceCommand.class, CrawlCommand.class, ExtractCommand.class, IndexCommand.class, ClassifyCommand.class, LabelCommand.class, BenchmarkCommand.class, HelpCommand.class },
		footer = { "", "Exit codes: 0 success (warnings alone are a success), 1 findings (validation errors,",
				"merge conflicts), 2 bad usage or unreadable input." })
public class ParleyCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() {
		spec.commandLine().getErr().println("parley: a command is required");
		spec.commandLine().usage(spec.commandLine().getErr());
		return ExitCode.BAD_INPUT;
	}
}
