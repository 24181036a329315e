package org.parley.core.validation;

import java.util.EnumSet;
import java.util.Set;

import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.ParleyPackage;

/** Checks that a content item belongs to a conversation and a category, and that approval had a reviewer. */
final class ContentItemValidator {

	/** The statuses that say somebody approved the item. */
	private static final Set<ContentStatus> APPROVED = EnumSet.of(ContentStatus.APPROVED, ContentStatus.SCHEDULED,
			ContentStatus.PUBLISHED);

	void validate(ContentItem item, Report report) {
		if (item.getCell() == null) {
			report.add(Rule.ITEM_WITHOUT_CELL, item, "the item belongs to no conversation cell", "feature",
					ParleyPackage.Literals.CONTENT_ITEM__CELL);
		}
		if (item.getCategory() == null) {
			report.add(Rule.ITEM_WITHOUT_CATEGORY, item, "the item has no content category", "feature",
					ParleyPackage.Literals.CONTENT_ITEM__CATEGORY);
		}
		if (APPROVED.contains(item.getStatus()) && item.getReviewer() == null) {
			report.add(Rule.APPROVED_WITHOUT_REVIEWER, item,
					"the item is " + item.getStatus().getLiteral().toLowerCase(java.util.Locale.ROOT)
							+ " but names no reviewer",
					"feature", ParleyPackage.Literals.CONTENT_ITEM__REVIEWER, "status", item.getStatus(), "cell",
					item.getCell());
		}
	}
}
