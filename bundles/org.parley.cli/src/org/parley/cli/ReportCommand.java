package org.parley.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;

import org.parley.core.storage.AtomicFile;
import org.parley.core.storage.LoadedProject;
import org.parley.listening.report.CsvReport;
import org.parley.listening.report.HtmlReport;
import org.parley.listening.report.JsonReport;
import org.parley.listening.report.ListeningReport;
import org.parley.listening.report.MarkdownReport;
import org.parley.listening.report.ProjectReport;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley report DIR [--from D --to D] --format md|html|csv|json [-o FILE]}: the listening report. */
@Command(name = "report", mixinStandardHelpOptions = true,
		description = "Per brand: volume and %% positive / neutral / negative, share of voice against competitors, "
				+ "intents and obstacles; per conversation cell: volume, negative rate against its KPI, open alerts; "
				+ "mentions per day. HTML is one self-contained page with charts.")
public class ReportCommand implements Callable<Integer> {

	/** The report's formats, as --format names them. */
	enum Format {
		md, html, csv, json
	}

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "the project folder") Path dir;

	@Option(names = "--from", paramLabel = "DATE", description = "first day (YYYY-MM-DD); default: the first mention's")
	String from;

	@Option(names = "--to", paramLabel = "DATE", description = "last day, included; default: the last mention's")
	String to;

	@Option(names = "--format", defaultValue = "md", paramLabel = "FORMAT",
			description = "md, html, csv or json (default: ${DEFAULT-VALUE})")
	Format format;

	@Option(names = { "-o", "--output" }, paramLabel = "FILE", description = "write to FILE instead of standard output")
	Path output;

	@Override
	public Integer call() {
		LocalDate first = from == null ? null : DateOption.day("--from", from);
		LocalDate last = to == null ? null : DateOption.day("--to", to);
		if (first != null && last != null && first.isAfter(last)) {
			throw new UsageException("--from " + first + " is after --to " + last);
		}
		LoadedProject project = ProjectFolder.load(dir, spec.commandLine().getErr());
		String text;
		try {
			ListeningReport report = ProjectReport.build(project.directory(), project.plan(), first, last);
			text = switch (format) {
			case md -> MarkdownReport.write(report);
			case html -> HtmlReport.write(report);
			case csv -> CsvReport.write(report);
			case json -> JsonReport.write(report);
			};
		} catch (IOException e) {
			throw new UsageException(e.getMessage(), e);
		}
		if (output == null) {
			spec.commandLine().getOut().print(text);
			return ExitCode.OK;
		}
		try {
			AtomicFile.write(output, text.getBytes(StandardCharsets.UTF_8));
		} catch (IOException e) {
			throw new UsageException(output + ": cannot write: " + e.getMessage(), e);
		}
		spec.commandLine().getErr().println("Wrote " + output);
		return ExitCode.OK;
	}
}
