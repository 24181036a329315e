package org.parley.core.validation;

import org.eclipse.emf.common.util.Diagnostic;

/** How bad a finding is: an error blocks publishing, a warning asks for attention, an info is a hint. */
public enum Severity {
	/** Something that must be fixed: the post would be rejected or the plan is inconsistent. */
	ERROR(Diagnostic.ERROR),
	/** Something that is probably a mistake or a gap in the plan. */
	WARNING(Diagnostic.WARNING),
	/** A hint. */
	INFO(Diagnostic.INFO);

	private final int diagnosticSeverity;

	Severity(int diagnosticSeverity) {
		this.diagnosticSeverity = diagnosticSeverity;
	}

	/** The matching {@link Diagnostic} severity. */
	public int diagnosticSeverity() {
		return diagnosticSeverity;
	}

	/** The severity of a {@link Diagnostic} severity (CANCEL counts as an error, OK as info). */
	public static Severity of(int diagnosticSeverity) {
		if (diagnosticSeverity >= Diagnostic.ERROR) {
			return ERROR;
		}
		return diagnosticSeverity == Diagnostic.WARNING ? WARNING : INFO;
	}
}
