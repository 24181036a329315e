package org.parley.core.validation;

import java.util.Map;

import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EPackage;
import org.eclipse.emf.ecore.EValidator;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.parley.model.Campaign;
import org.parley.model.ChannelVariant;
import org.parley.model.ContentItem;
import org.parley.model.ConversationCell;
import org.parley.model.CustomerGroup;
import org.parley.model.MergeConflict;
import org.parley.model.ParleyPackage;
import org.parley.model.Team;
import org.parley.model.Topic;

/**
 * The {@link EValidator} of the Parley package: EMF's structural constraints ({@link EObjectValidator}) plus
 * Parley's {@link Rule rules}, so that {@code Diagnostician.INSTANCE} checks both once {@link #register()} ran.
 * <p>
 * Every Parley diagnostic has the source {@link #DIAGNOSTIC_SOURCE}, the rule's {@link Rule#code() code}, and
 * the data {@code [object, rule, facts]}: the object the finding is about, the {@link Rule}, and an unmodifiable
 * {@code Map<String, Object>} of what a quick fix needs, such as {@code "feature"} (the
 * {@link org.eclipse.emf.ecore.EStructuralFeature} to change), {@code "channel"}, {@code "limit"},
 * {@code "actual"}, {@code "links"}, {@code "duplicateOf"}, {@code "proxyUri"}, {@code "objectId"}.
 */
public final class ParleyValidator extends EObjectValidator {

	/** The source of Parley's diagnostics. */
	public static final String DIAGNOSTIC_SOURCE = "org.parley.core";

	/** The one instance, the one registered. */
	public static final ParleyValidator INSTANCE = new ParleyValidator();

	private final ChannelRuleValidator channelRules = new ChannelRuleValidator();
	private final StrategyValidator strategy = new StrategyValidator();
	private final ContentItemValidator contentItems = new ContentItemValidator();
	private final MergeValidator merge = new MergeValidator();

	private ParleyValidator() {
	}

	/** Registers this validator for the Parley package in the global registry; calling it again does nothing. */
	public static synchronized void register() {
		if (EValidator.Registry.INSTANCE.get(ParleyPackage.eINSTANCE) != INSTANCE) {
			EValidator.Registry.INSTANCE.put(ParleyPackage.eINSTANCE, INSTANCE);
		}
	}

	@Override
	protected EPackage getEPackage() {
		return ParleyPackage.eINSTANCE;
	}

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		// A missing aggregate or target is reported once, on the object that refers to it.
		return eObject.eIsProxy() || super.validate(eClass, eObject, diagnostics, context);
	}

	@Override
	protected boolean validate(int classifierID, Object value, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		if (!(value instanceof EObject object)) {
			return true;
		}
		boolean valid = validate_EveryDefaultConstraint(object, diagnostics, context);
		if (!valid && diagnostics == null) {
			return false;
		}
		Report report = new Report(diagnostics);
		PlanIndex index = PlanIndex.of(object, context);
		switch (object) {
		case ChannelVariant variant -> channelRules.validate(variant, report);
		case ContentItem item -> contentItems.validate(item, report);
		case ConversationCell cell -> strategy.validate(cell, index, report);
		case Topic topic -> strategy.validate(topic, index, report);
		case Team team -> strategy.validate(team, index, report);
		case CustomerGroup group -> strategy.validate(group, index, report);
		case Campaign campaign -> strategy.validate(campaign, report);
		case MergeConflict conflict -> merge.validate(conflict, index, report);
		default -> {
			// other objects only have the structural constraints
		}
		}
		return valid && report.isValid();
	}

	@Override
	public boolean validate_EveryProxyResolves(EObject eObject, DiagnosticChain diagnostics,
			Map<Object, Object> context) {
		// Replaces EMF's generic message with a Parley finding that has a stable rule id and fix data.
		Report report = new Report(diagnostics);
		merge.validateReferences(eObject, report);
		return report.isValid();
	}
}
