package org.parley.core.validation;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.parley.model.MergeConflict;
import org.parley.model.ParleyPackage;

/**
 * Finds what a merge left behind: references whose target no longer exists (proxies that do not resolve) and
 * conflicts still recorded in a file's root.
 */
final class MergeValidator {

	void validateReferences(EObject object, Report report) {
		for (EReference reference : object.eClass().getEAllReferences()) {
			if (reference.isContainer() || reference.isDerived()) {
				continue;
			}
			List<?> values = reference.isMany() ? (List<?>) object.eGet(reference)
					: object.eGet(reference) == null ? List.of() : List.of(object.eGet(reference));
			for (Object value : values) {
				if (value instanceof EObject target && target.eIsProxy()) {
					var uri = EcoreUtil.getURI(target);
					report.add(Rule.DANGLING_REFERENCE, object, reference.getName() + " refers to " + uri.fragment()
							+ ", which does not exist (any more)", "feature", reference, "proxyUri", uri, "target",
							target);
					if (!report.wantsAll()) {
						return;
					}
				}
			}
		}
	}

	void validate(MergeConflict conflict, PlanIndex index, Report report) {
		EObject object = index == null ? null : index.find(conflict.getObjectId());
		String what = object == null ? conflict.getObjectId() : ObjectLabel.of(object);
		String feature = conflict.getFeatureName() == null || conflict.getFeatureName().isBlank() ? ""
				: " " + conflict.getFeatureName();
		report.add(Rule.UNRESOLVED_CONFLICT, conflict, "unresolved " + conflict.getKind() + " conflict on " + what
				+ feature + ": ours \"" + conflict.getOursValue() + "\", theirs \"" + conflict.getTheirsValue() + "\"",
				"feature", ParleyPackage.Literals.MODEL_FILE__CONFLICTS, "object", object, "objectId",
				conflict.getObjectId(), "featureName", conflict.getFeatureName(), "kind", conflict.getKind());
	}
}
