package org.parley.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

import org.parley.core.storage.LoadedProject;
import org.parley.core.validation.Finding;
import org.parley.core.validation.PlanValidator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code parley validate DIR}: one line per finding, then a summary; exit 1 when any is an error. */
@Command(name = "validate", mixinStandardHelpOptions = true,
		description = "Checks the project against the channel rules and the strategy rules.%n"
				+ "Prints one line per finding: SEVERITY FILE OBJECT RULE MESSAGE (tab-separated), then a summary.")
public class ValidateCommand implements Callable<Integer> {

	@Spec
	CommandSpec spec;

	@Parameters(index = "0", paramLabel = "DIR", description = "the project folder")
	Path dir;

	@Override
	public Integer call() {
		PrintWriter out = spec.commandLine().getOut();
		LoadedProject project = ProjectFolder.load(dir, spec.commandLine().getErr());
		List<Finding> findings = new PlanValidator().validate(project.plan());
		FindingReport report = new FindingReport(project);
		findings.stream().sorted(report.order()).forEach(f -> out.println(report.line(f)));
		out.println(report.summary(findings));
		return report.errorCount(findings) > 0 ? ExitCode.FINDINGS : ExitCode.OK;
	}
}
