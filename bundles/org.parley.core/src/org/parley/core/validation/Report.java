package org.parley.core.validation;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EObject;

/**
 * Turns rule violations into EMF diagnostics. Each diagnostic carries, for quick fixes, the data
 * {@code [object, Rule, Map<String, Object> facts]} (see {@link ParleyValidator}).
 */
final class Report {

	private final DiagnosticChain chain;
	private boolean valid = true;

	Report(DiagnosticChain chain) {
		this.chain = chain;
	}

	/** Records a violation of {@code rule} by {@code object}; facts come as key, value pairs. */
	void add(Rule rule, EObject object, String message, Object... facts) {
		valid = false;
		if (chain == null) {
			return;
		}
		Map<String, Object> map = new LinkedHashMap<>();
		for (int i = 0; i + 1 < facts.length; i += 2) {
			map.put((String) facts[i], facts[i + 1]);
		}
		chain.add(new BasicDiagnostic(rule.severity().diagnosticSeverity(), ParleyValidator.DIAGNOSTIC_SOURCE,
				rule.code(), ObjectLabel.of(object) + ": " + message,
				new Object[] { object, rule, Collections.unmodifiableMap(map) }));
	}

	/** Whether nothing was reported; a caller without a chain can stop at the first violation. */
	boolean isValid() {
		return valid;
	}

	/** Whether reporting goes anywhere; when not, the first violation settles the answer. */
	boolean wantsAll() {
		return chain != null;
	}
}
