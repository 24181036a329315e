package org.parley.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;

import org.parley.core.ical.IcsExporter;
import org.parley.core.ical.IcsFilter;
import org.parley.core.storage.LoadedProject;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley export-ics DIR [--team T] [--channel C] -o FILE}: the calendar as RFC 5545. */
@Command(name = "export-ics", mixinStandardHelpOptions = true,
		description = "Writes the scheduled content items as an iCalendar file (RFC 5545) with stable UIDs, "
				+ "for Google Calendar, Outlook or Thunderbird. Backlog items are left out.")
public class ExportIcsCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "the project folder")
	Path dir;

	@Option(names = "--team", paramLabel = "TEAM", description = "only items of cells owned by this team (name or id)")
	String team;

	@Option(names = "--channel", paramLabel = "CHANNEL", description = "only items with a variant on this channel (name or id)")
	String channel;

	@Option(names = { "-o", "--output" }, required = true, paramLabel = "FILE", description = "the .ics file to write; - for standard output")
	String output;

	@Override
	public Integer call() throws IOException {
		LoadedProject project = ProjectFolder.load(dir, spec.commandLine().getErr());
		IcsFilter filter = IcsFilter.all();
		if (team != null) {
			filter = filter.withTeam(team);
		}
		if (channel != null) {
			filter = filter.withChannel(channel);
		}
		IcsExporter exporter = new IcsExporter();
		if ("-".equals(output)) {
			spec.commandLine().getOut().print(exporter.export(project.plan(), filter));
		} else {
			exporter.export(project.plan(), filter, Path.of(output));
			spec.commandLine().getErr().println("Wrote " + output);
		}
		return ExitCode.OK;
	}
}
