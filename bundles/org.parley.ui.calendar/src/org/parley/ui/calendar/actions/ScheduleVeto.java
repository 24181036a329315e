package org.parley.ui.calendar.actions;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.parley.model.ContentItem;
import org.parley.model.ContentStatus;
import org.parley.model.ParleyPackage;
import org.parley.representation.calendar.rules.ScheduleGuard;
import org.parley.representation.calendar.rules.ScheduleVerdict;
import org.parley.ui.emf.ChangeVeto;

/**
 * Refuses to set an item's status to scheduled while it breaks an error-level rule, wherever the status is set (the
 * calendar's menu, the details form, the Properties view); contributed to {@code org.parley.ui.editor.changeVetoes}.
 */
public final class ScheduleVeto implements ChangeVeto {

	private final ScheduleGuard guard = new ScheduleGuard();

	@Override
	public Optional<String> refusal(EObject object, EStructuralFeature feature, Object value) {
		if (feature != ParleyPackage.Literals.CONTENT_ITEM__STATUS || value != ContentStatus.SCHEDULED
				|| !(object instanceof ContentItem item) || item.getStatus() == ContentStatus.SCHEDULED) {
			return Optional.empty();
		}
		ScheduleVerdict verdict = guard.check(item);
		return verdict.allowed() ? Optional.empty() : Optional.of(verdict.explanation());
	}
}
