/**
 */
package org.parley.model.impl;

import java.time.LocalDate;
import java.time.LocalDateTime;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.parley.model.OccurrenceOverride;
import org.parley.model.ParleyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Occurrence Override</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.impl.OccurrenceOverrideImpl#getOriginalDate <em>Original Date</em>}</li>
 *   <li>{@link org.parley.model.impl.OccurrenceOverrideImpl#getScheduledAt <em>Scheduled At</em>}</li>
 *   <li>{@link org.parley.model.impl.OccurrenceOverrideImpl#getTitle <em>Title</em>}</li>
 *   <li>{@link org.parley.model.impl.OccurrenceOverrideImpl#getBody <em>Body</em>}</li>
 *   <li>{@link org.parley.model.impl.OccurrenceOverrideImpl#isCancelled <em>Cancelled</em>}</li>
 * </ul>
 *
 * @generated
 */
public class OccurrenceOverrideImpl extends IdentifiedImpl implements OccurrenceOverride {
	/**
	 * The default value of the '{@link #getOriginalDate() <em>Original Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalDate()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate ORIGINAL_DATE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOriginalDate() <em>Original Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOriginalDate()
	 * @generated
	 * @ordered
	 */
	protected LocalDate originalDate = ORIGINAL_DATE_EDEFAULT;

	/**
	 * The default value of the '{@link #getScheduledAt() <em>Scheduled At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduledAt()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDateTime SCHEDULED_AT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getScheduledAt() <em>Scheduled At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getScheduledAt()
	 * @generated
	 * @ordered
	 */
	protected LocalDateTime scheduledAt = SCHEDULED_AT_EDEFAULT;

	/**
	 * The default value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected static final String TITLE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTitle() <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTitle()
	 * @generated
	 * @ordered
	 */
	protected String title = TITLE_EDEFAULT;

	/**
	 * The default value of the '{@link #getBody() <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBody()
	 * @generated
	 * @ordered
	 */
	protected static final String BODY_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBody() <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBody()
	 * @generated
	 * @ordered
	 */
	protected String body = BODY_EDEFAULT;

	/**
	 * The default value of the '{@link #isCancelled() <em>Cancelled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCancelled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean CANCELLED_EDEFAULT = false;

	/**
	 * The cached value of the '{@link #isCancelled() <em>Cancelled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isCancelled()
	 * @generated
	 * @ordered
	 */
	protected boolean cancelled = CANCELLED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected OccurrenceOverrideImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ParleyPackage.Literals.OCCURRENCE_OVERRIDE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getOriginalDate() {
		return originalDate;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOriginalDate(LocalDate newOriginalDate) {
		LocalDate oldOriginalDate = originalDate;
		originalDate = newOriginalDate;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.OCCURRENCE_OVERRIDE__ORIGINAL_DATE, oldOriginalDate, originalDate));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDateTime getScheduledAt() {
		return scheduledAt;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setScheduledAt(LocalDateTime newScheduledAt) {
		LocalDateTime oldScheduledAt = scheduledAt;
		scheduledAt = newScheduledAt;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.OCCURRENCE_OVERRIDE__SCHEDULED_AT, oldScheduledAt, scheduledAt));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTitle() {
		return title;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTitle(String newTitle) {
		String oldTitle = title;
		title = newTitle;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.OCCURRENCE_OVERRIDE__TITLE, oldTitle, title));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBody() {
		return body;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBody(String newBody) {
		String oldBody = body;
		body = newBody;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.OCCURRENCE_OVERRIDE__BODY, oldBody, body));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isCancelled() {
		return cancelled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCancelled(boolean newCancelled) {
		boolean oldCancelled = cancelled;
		cancelled = newCancelled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.OCCURRENCE_OVERRIDE__CANCELLED, oldCancelled, cancelled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ParleyPackage.OCCURRENCE_OVERRIDE__ORIGINAL_DATE:
				return getOriginalDate();
			case ParleyPackage.OCCURRENCE_OVERRIDE__SCHEDULED_AT:
				return getScheduledAt();
			case ParleyPackage.OCCURRENCE_OVERRIDE__TITLE:
				return getTitle();
			case ParleyPackage.OCCURRENCE_OVERRIDE__BODY:
				return getBody();
			case ParleyPackage.OCCURRENCE_OVERRIDE__CANCELLED:
				return isCancelled();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ParleyPackage.OCCURRENCE_OVERRIDE__ORIGINAL_DATE:
				setOriginalDate((LocalDate)newValue);
				return;
			case ParleyPackage.OCCURRENCE_OVERRIDE__SCHEDULED_AT:
				setScheduledAt((LocalDateTime)newValue);
				return;
			case ParleyPackage.OCCURRENCE_OVERRIDE__TITLE:
				setTitle((String)newValue);
				return;
			case ParleyPackage.OCCURRENCE_OVERRIDE__BODY:
				setBody((String)newValue);
				return;
			case ParleyPackage.OCCURRENCE_OVERRIDE__CANCELLED:
				setCancelled((Boolean)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ParleyPackage.OCCURRENCE_OVERRIDE__ORIGINAL_DATE:
				setOriginalDate(ORIGINAL_DATE_EDEFAULT);
				return;
			case ParleyPackage.OCCURRENCE_OVERRIDE__SCHEDULED_AT:
				setScheduledAt(SCHEDULED_AT_EDEFAULT);
				return;
			case ParleyPackage.OCCURRENCE_OVERRIDE__TITLE:
				setTitle(TITLE_EDEFAULT);
				return;
			case ParleyPackage.OCCURRENCE_OVERRIDE__BODY:
				setBody(BODY_EDEFAULT);
				return;
			case ParleyPackage.OCCURRENCE_OVERRIDE__CANCELLED:
				setCancelled(CANCELLED_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ParleyPackage.OCCURRENCE_OVERRIDE__ORIGINAL_DATE:
				return ORIGINAL_DATE_EDEFAULT == null ? originalDate != null : !ORIGINAL_DATE_EDEFAULT.equals(originalDate);
			case ParleyPackage.OCCURRENCE_OVERRIDE__SCHEDULED_AT:
				return SCHEDULED_AT_EDEFAULT == null ? scheduledAt != null : !SCHEDULED_AT_EDEFAULT.equals(scheduledAt);
			case ParleyPackage.OCCURRENCE_OVERRIDE__TITLE:
				return TITLE_EDEFAULT == null ? title != null : !TITLE_EDEFAULT.equals(title);
			case ParleyPackage.OCCURRENCE_OVERRIDE__BODY:
				return BODY_EDEFAULT == null ? body != null : !BODY_EDEFAULT.equals(body);
			case ParleyPackage.OCCURRENCE_OVERRIDE__CANCELLED:
				return cancelled != CANCELLED_EDEFAULT;
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (originalDate: ");
		result.append(originalDate);
		result.append(", scheduledAt: ");
		result.append(scheduledAt);
		result.append(", title: ");
		result.append(title);
		result.append(", body: ");
		result.append(body);
		result.append(", cancelled: ");
		result.append(cancelled);
		result.append(')');
		return result.toString();
	}

} //OccurrenceOverrideImpl
