package org.parley.cli;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.common.util.URI;
import org.parley.core.storage.LoadedProject;
import org.parley.core.validation.Finding;

/** Formats validation findings as the lines {@code parley validate} prints. */
final class FindingReport {

	private final Path root;

	FindingReport(LoadedProject project) {
		this.root = project.directory().toAbsolutePath().normalize();
	}

	/** {@code severity<TAB>file<TAB>object<TAB>rule<TAB>message}. */
	String line(Finding finding) {
		return String.join("\t", severity(finding), file(finding.objectUri()), finding.objectLabel(),
				finding.ruleId(), finding.message());
	}

	String summary(List<Finding> findings) {
		long warnings = findings.stream().filter(f -> severity(f).equals("warning")).count();
		long infos = findings.stream().filter(f -> severity(f).equals("info")).count();
		return errorCount(findings) + " error(s), " + warnings + " warning(s), " + infos + " info(s)";
	}

	long errorCount(List<Finding> findings) {
		return findings.stream().filter(f -> severity(f).equals("error")).count();
	}

	/** Errors first, then by file and object, so the output is stable from run to run. */
	Comparator<Finding> order() {
		return Comparator.comparing((Finding f) -> f.severity().ordinal())
				.thenComparing(f -> file(f.objectUri()))
				.thenComparing(Finding::objectLabel)
				.thenComparing(Finding::ruleId);
	}

	private static String severity(Finding finding) {
		return finding.severity().name().toLowerCase(Locale.ROOT);
	}

	private String file(URI uri) {
		if (uri == null || !uri.trimFragment().isFile()) {
			return "-";
		}
		Path file = Path.of(uri.trimFragment().toFileString()).toAbsolutePath().normalize();
		return file.startsWith(root) ? root.relativize(file).toString() : file.toString();
	}
}
