package org.parley.ui.validation;

import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IMarker;
import org.eclipse.ui.IMarkerResolution;
import org.eclipse.ui.IMarkerResolutionGenerator2;
import org.parley.core.validation.Rule;
import org.parley.core.validation.fix.DanglingReferenceRemover;
import org.parley.core.validation.fix.NextPostingSlot;
import org.parley.core.validation.fix.OwnerCandidates;
import org.parley.model.ConversationCell;

/**
 * The quick fixes of Parley problems (Ctrl+1 in the Problems view): open a variant whose text is too long in the
 * editor, move an item to the next posting slot, assign a member of the team as a cell's owner, remove a dangling
 * reference. Everything they offer comes from the marker's attributes, so asking is instant.
 */
public class ParleyMarkerResolutions implements IMarkerResolutionGenerator2 {

	private static final DateTimeFormatter SLOT = DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm", Locale.ENGLISH);

	@Override
	public boolean hasResolutions(IMarker marker) {
		String rule = marker.getAttribute(ProblemMarkers.RULE, "");
		if (marker.getAttribute(ProblemMarkers.URI, null) == null) {
			return false;
		}
		return Rule.TEXT_TOO_LONG.id().equals(rule) || Rule.DANGLING_REFERENCE.id().equals(rule)
				|| (Rule.OUTSIDE_POSTING_WINDOW.id().equals(rule) && marker.getAttribute(ProblemMarkers.NEXT_SLOT, null) != null)
				|| (Rule.CELL_WITHOUT_OWNER.id().equals(rule) && marker.getAttribute(ProblemMarkers.OWNERS, null) != null);
	}

	@Override
	public IMarkerResolution[] getResolutions(IMarker marker) {
		if (!hasResolutions(marker)) {
			return new IMarkerResolution[0];
		}
		String rule = marker.getAttribute(ProblemMarkers.RULE, "");
		List<IMarkerResolution> resolutions = new ArrayList<>();
		if (Rule.TEXT_TOO_LONG.id().equals(rule)) {
			resolutions.add(new OpenInEditorResolution("Shorten the text in the editor",
					"Opens the variant in the editor, where the text can be cut to the channel's limit."));
		} else if (Rule.OUTSIDE_POSTING_WINDOW.id().equals(rule)) {
			LocalDateTime slot = LocalDateTime.parse(marker.getAttribute(ProblemMarkers.NEXT_SLOT, ""));
			resolutions.add(new ModelFixResolution("Move to the next posting slot (" + SLOT.format(slot) + ")",
					"Reschedules the item (a series: all its occurrences) to the first time every channel of the item"
							+ " takes posts.",
					NextPostingSlot::move));
		} else if (Rule.CELL_WITHOUT_OWNER.id().equals(rule)) {
			for (String line : marker.getAttribute(ProblemMarkers.OWNERS, "").split("\n")) {
				String[] idAndName = line.split("\t", 2);
				String name = idAndName.length > 1 ? idAndName[1] : idAndName[0];
				resolutions.add(new ModelFixResolution("Assign " + name + " as owner",
						"Makes " + name + ", a member of the cell's team, the owner of the conversation.",
						object -> OwnerCandidates.assign((ConversationCell) object, idAndName[0])));
			}
		} else if (Rule.DANGLING_REFERENCE.id().equals(rule)) {
			resolutions.add(new ModelFixResolution("Remove the dangling reference",
					"Removes the references to objects that no longer exist; the object itself stays.",
					DanglingReferenceRemover::remove));
		}
		return resolutions.toArray(IMarkerResolution[]::new);
	}
}
