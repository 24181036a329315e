package org.parley.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * What else a deletion takes with it, for the confirmation a user answers before it happens: the objects inside the
 * deleted ones, and the references from other objects that will be removed (as EMF's {@code DeleteCommand} does).
 *
 * @param deleted    the objects to delete and everything they contain
 * @param references one line per reference that goes, such as {@code Content Item "Teaser": Category}
 */
public record DeletionImpact(Set<EObject> deleted, List<String> references) {

	/**
	 * Works out the impact of deleting {@code objects} from the resources of {@code resourceSet}.
	 *
	 * @param label names an object for the lines, such as {@code Content Item "Teaser"}
	 * @param featureName names a feature of an object, such as {@code Category}
	 */
	public static DeletionImpact of(ResourceSet resourceSet, Collection<? extends EObject> objects,
			Function<EObject, String> label, java.util.function.BiFunction<EObject, EStructuralFeature, String> featureName) {
		Set<EObject> deleted = new LinkedHashSet<>();
		for (EObject object : objects) {
			deleted.add(object);
			object.eAllContents().forEachRemaining(deleted::add);
		}
		Set<String> references = new LinkedHashSet<>();
		Map<EObject, Collection<EStructuralFeature.Setting>> usages = EcoreUtil.UsageCrossReferencer.findAll(deleted,
				resourceSet);
		for (Collection<EStructuralFeature.Setting> settings : usages.values()) {
			for (EStructuralFeature.Setting setting : settings) {
				EObject referrer = setting.getEObject();
				if (!deleted.contains(referrer) && !setting.getEStructuralFeature().isDerived()) {
					references.add(label.apply(referrer) + ": " + featureName.apply(referrer, setting.getEStructuralFeature()));
				}
			}
		}
		return new DeletionImpact(deleted, new ArrayList<>(references));
	}

	/** How many objects go besides the ones chosen. */
	public int containedCount(Collection<? extends EObject> chosen) {
		return deleted.size() - chosen.size();
	}
}
