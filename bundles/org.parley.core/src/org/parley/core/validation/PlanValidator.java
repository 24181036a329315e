package org.parley.core.validation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.parley.model.Plan;

/**
 * Validates a whole plan (the plan and all its aggregates: strategy, matrix, channels, listening, schedules) with
 * {@link Diagnostician#INSTANCE} and the registered {@link ParleyValidator}, and lists the findings.
 */
public final class PlanValidator {

	/** A validator; registers {@link ParleyValidator} if nobody did. */
	public PlanValidator() {
		ParleyValidator.register();
	}

	/** The findings for the plan, in the order the plan's tree is walked. */
	public List<Finding> validate(Plan plan) {
		Diagnostic root = Diagnostician.INSTANCE.validate(plan);
		List<Finding> findings = new ArrayList<>();
		for (Diagnostic diagnostic : root.getChildren()) {
			findings.add(toFinding(diagnostic));
		}
		return findings;
	}

	/** The finding a diagnostic of {@link ParleyValidator} (or of EMF's own constraints) stands for. */
	public static Finding toFinding(Diagnostic diagnostic) {
		List<?> data = diagnostic.getData();
		EObject object = !data.isEmpty() && data.get(0) instanceof EObject e ? e : null;
		String ruleId = data.size() > 1 && data.get(1) instanceof Rule rule ? rule.id() : emfRuleId(diagnostic);
		return new Finding(Severity.of(diagnostic.getSeverity()), ruleId, ObjectLabel.of(object),
				object == null ? null : EcoreUtil.getURI(object), diagnostic.getMessage());
	}

	/** Stable ids for EMF's structural constraints, under {@code model.}. */
	private static String emfRuleId(Diagnostic diagnostic) {
		if (!EObjectValidator.DIAGNOSTIC_SOURCE.equals(diagnostic.getSource())) {
			return Rule.MODEL_CONSTRAINT.id();
		}
		return switch (diagnostic.getCode()) {
		case EObjectValidator.EOBJECT__EVERY_MULTIPCITY_CONFORMS -> "model.multiplicity";
		case EObjectValidator.EOBJECT__EVERY_DATA_VALUE_CONFORMS -> "model.data-value";
		case EObjectValidator.EOBJECT__EVERY_REFERENCE_IS_CONTAINED -> "model.reference-not-contained";
		case EObjectValidator.EOBJECT__EVERY_BIDIRECTIONAL_REFERENCE_IS_PAIRED -> "model.unpaired-reference";
		case EObjectValidator.EOBJECT__EVERY_PROXY_RESOLVES -> Rule.DANGLING_REFERENCE.id();
		case EObjectValidator.EOBJECT__UNIQUE_ID -> "model.duplicate-id";
		case EObjectValidator.EOBJECT__EVERY_KEY_UNIQUE -> "model.duplicate-key";
		case EObjectValidator.EOBJECT__EVERY_MAP_ENTRY_UNIQUE -> "model.duplicate-map-entry";
		default -> Rule.MODEL_CONSTRAINT.id();
		};
	}
}
