package org.parley.representation.calendar.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.parley.core.calendar.PlanCalendar;
import org.parley.core.validation.Finding;
import org.parley.model.ContentItem;
import org.parley.model.Plan;

/**
 * The rule markers of a plan's items, from findings of the whole plan's validation (the editing session's): each
 * finding about an item, one of its variants or anything else inside it counts for the item. Compute once per
 * validation run and ask per item.
 */
public final class ItemRuleMarkers {

	private final Map<ContentItem, RuleMarker> markers = new IdentityHashMap<>();

	private ItemRuleMarkers() {
	}

	/** The markers for {@code findings} on {@code plan}'s items. */
	public static ItemRuleMarkers of(Plan plan, List<Finding> findings) {
		Map<URI, ContentItem> itemOf = new HashMap<>();
		for (ContentItem item : new PlanCalendar(plan).items()) {
			itemOf.put(EcoreUtil.getURI(item), item);
			for (var inside = item.eAllContents(); inside.hasNext();) {
				EObject object = inside.next();
				itemOf.put(EcoreUtil.getURI(object), item);
			}
		}
		Map<ContentItem, List<Finding>> found = new IdentityHashMap<>();
		for (Finding finding : findings) {
			ContentItem item = finding.objectUri() == null ? null : itemOf.get(finding.objectUri());
			if (item != null) {
				found.computeIfAbsent(item, i -> new ArrayList<>()).add(finding);
			}
		}
		ItemRuleMarkers result = new ItemRuleMarkers();
		found.forEach((item, list) -> {
			list.sort(Comparator.comparing(Finding::severity));
			result.markers.put(item, new RuleMarker(list.get(0).severity(), list));
		});
		return result;
	}

	/** The marker of {@code item}, or null when no finding concerns it. */
	public RuleMarker of(ContentItem item) {
		return markers.get(item);
	}

	/** How many items carry a marker. */
	public int size() {
		return markers.size();
	}
}
