package org.parley.representation.calendar;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.parley.core.validation.Finding;
import org.parley.core.validation.Severity;
import org.parley.model.ChannelVariant;
import org.parley.model.ContentItem;

/**
 * The validation findings about each content item, its channel variants' included (a text too long for a network is
 * about the variant), so that chips can show a channel-rule marker.
 */
public final class ItemFindings {

	/** No findings at all. */
	public static final ItemFindings NONE = new ItemFindings(List.of());

	private final Map<String, List<Finding>> byObjectId = new HashMap<>();

	/** Indexes {@code findings} by the id of the object each is about (its URI's fragment). */
	public ItemFindings(Collection<Finding> findings) {
		for (Finding finding : findings) {
			if (finding.objectUri() != null && finding.objectUri().fragment() != null) {
				byObjectId.computeIfAbsent(finding.objectUri().fragment(), id -> new ArrayList<>()).add(finding);
			}
		}
	}

	/** The errors and warnings about the item or its variants, errors first. */
	public List<Finding> of(ContentItem item) {
		if (byObjectId.isEmpty()) {
			return List.of();
		}
		List<Finding> found = new ArrayList<>(byObjectId.getOrDefault(item.getId(), List.of()));
		for (ChannelVariant variant : item.getVariants()) {
			found.addAll(byObjectId.getOrDefault(variant.getId(), List.of()));
		}
		found.removeIf(f -> f.severity() != Severity.ERROR && f.severity() != Severity.WARNING);
		found.sort((a, b) -> Integer.compare(a.severity() == Severity.ERROR ? 0 : 1, b.severity() == Severity.ERROR ? 0 : 1));
		return found;
	}
}
