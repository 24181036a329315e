package org.parley.representation.calendar.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.parley.core.validation.ParleyValidator;
import org.parley.core.validation.Rule;
import org.parley.core.validation.Severity;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;

/**
 * Decides whether an item may become {@link ContentStatus#SCHEDULED}: it may not while an error-level rule concerns
 * it or one of its variants once it is scheduled (a text too long for its channel, media a channel refuses, no
 * reviewer). Only the item is validated, not the whole plan: a copy of it, set to scheduled, so that rules that
 * depend on the status count and the model is not touched.
 */
public final class ScheduleGuard {

	public ScheduleGuard() {
		ParleyValidator.register();
	}

	/** Whether {@code item} may be scheduled, with the reasons when not. */
	public ScheduleVerdict check(ContentItem item) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		ContentItem copy = (ContentItem) copier.copy(item);
		copier.copyReferences();
		copy.setStatus(ContentStatus.SCHEDULED);
		Map<EObject, EObject> originals = new java.util.IdentityHashMap<>();
		copier.forEach((original, copied) -> originals.put(copied, original));

		List<RuleBreach> breaches = new ArrayList<>();
		for (Diagnostic diagnostic : Diagnostician.INSTANCE.validate(copy).getChildren()) {
			if (Severity.of(diagnostic.getSeverity()) != Severity.ERROR) {
				continue;
			}
			List<?> data = diagnostic.getData();
			EObject about = !data.isEmpty() && data.get(0) instanceof EObject e ? originals.getOrDefault(e, item) : item;
			Rule rule = data.size() > 1 && data.get(1) instanceof Rule r ? r : null;
			Map<?, ?> facts = data.size() > 2 && data.get(2) instanceof Map<?, ?> m ? m : Map.of();
			breaches.add(new RuleBreach(rule == null ? "model.constraint" : rule.id(), diagnostic.getMessage(), about,
					fix(rule, facts)));
		}
		return new ScheduleVerdict(item, breaches);
	}

	/** Whether every item of {@code items} may be scheduled; the verdicts of those that may not. */
	public List<ScheduleVerdict> refusals(List<ContentItem> items) {
		return items.stream().filter(i -> i.getStatus() != ContentStatus.SCHEDULED).map(this::check)
				.filter(v -> !v.allowed()).toList();
	}

	private static String fix(Rule rule, Map<?, ?> facts) {
		if (rule == null) {
			return "Correct the item in the details form, then schedule it again.";
		}
		return switch (rule) {
		case TEXT_TOO_LONG -> "Shorten the text to " + facts.get("limit") + " characters or fewer (it has "
				+ facts.get("actual") + "); Quick Fix (Ctrl+1) in the Problems view can shorten it.";
		case TOO_MANY_HASHTAGS -> "Keep at most " + facts.get("limit") + " hashtags.";
		case MEDIA_MISSING -> "Attach an image or a video to the variant.";
		case MEDIA_NOT_ALLOWED -> "Remove the variant's media.";
		case LINK_NOT_ALLOWED -> "Remove the link from the variant.";
		case VARIANT_WITHOUT_CHANNEL -> "Choose the variant's channel, or delete the variant.";
		case APPROVED_WITHOUT_REVIEWER -> "Name a reviewer of the item first.";
		case DANGLING_REFERENCE -> "Choose the missing object again, or clear the reference.";
		default -> "Correct the item in the details form, then schedule it again.";
		};
	}
}
