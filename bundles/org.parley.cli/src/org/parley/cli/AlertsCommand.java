package org.parley.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.parley.core.storage.LoadedProject;
import org.parley.listening.alert.Alert;
import org.parley.listening.alert.ProjectAlerts;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley alerts DIR [--since D]}: terms rising in the stored mentions, routed to conversation cells. */
@Command(name = "alerts", mixinStandardHelpOptions = true,
		description = "Prints the terms whose frequency rises now (as of the newest stored mention), one tab-separated "
				+ "line per alert: term, growth, window, authors, brand, cell, example mention ids, time. With --since, "
				+ "every alert that started since that day, checked hourly. Brands come from 'parley analyse'.")
public class AlertsCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "the project folder") Path dir;

	@Option(names = "--since", paramLabel = "DATE", description = "alerts that started since DATE (YYYY-MM-DD or an ISO instant)")
	String since;

	@Override
	public Integer call() {
		PrintWriter err = spec.commandLine().getErr();
		LoadedProject project = ProjectFolder.load(dir, err);
		ZoneId zone = project.plan().getTimeZone() != null ? project.plan().getTimeZone() : ZoneOffset.UTC;
		Instant from = since == null ? null : DateOption.instant("--since", since, zone);
		ProjectAlerts alerts;
		try {
			alerts = ProjectAlerts.load(project.directory(), project.plan());
		} catch (IOException e) {
			throw new UsageException(e.getMessage(), e);
		}
		if (alerts.latest() == null) {
			err.println("alerts: no dated mentions in " + dir);
			return ExitCode.OK;
		}
		List<Alert> found = from == null ? alerts.at(alerts.end()) : alerts.since(from, alerts.end());
		PrintWriter out = spec.commandLine().getOut();
		for (Alert alert : found) {
			out.println(line(alert));
		}
		err.println("alerts: " + found.size() + " as of " + alerts.latest());
		return ExitCode.OK;
	}

	static String line(Alert alert) {
		return String.join("\t", alert.term(), String.format(Locale.ROOT, "x%.1f", alert.growth()), alert.window().label(),
				alert.authors() + " authors", alert.brand() == null ? "-" : alert.brand(),
				alert.cell() == null ? "-" : alert.cell(), String.join(",", alert.examples()), alert.at().toString());
	}
}
