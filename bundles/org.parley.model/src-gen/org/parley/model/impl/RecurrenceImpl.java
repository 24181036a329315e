/**
 */
package org.parley.model.impl;

import java.time.DayOfWeek;
import java.time.LocalDate;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.parley.model.Frequency;
import org.parley.model.OccurrenceOverride;
import org.parley.model.ParleyPackage;
import org.parley.model.Recurrence;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Recurrence</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.impl.RecurrenceImpl#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.parley.model.impl.RecurrenceImpl#getInterval <em>Interval</em>}</li>
 *   <li>{@link org.parley.model.impl.RecurrenceImpl#getWeekdays <em>Weekdays</em>}</li>
 *   <li>{@link org.parley.model.impl.RecurrenceImpl#getCount <em>Count</em>}</li>
 *   <li>{@link org.parley.model.impl.RecurrenceImpl#getUntil <em>Until</em>}</li>
 *   <li>{@link org.parley.model.impl.RecurrenceImpl#getExceptionDates <em>Exception Dates</em>}</li>
 *   <li>{@link org.parley.model.impl.RecurrenceImpl#getOverrides <em>Overrides</em>}</li>
 * </ul>
 *
 * @generated
 */
public class RecurrenceImpl extends IdentifiedImpl implements Recurrence {
	/**
	 * The default value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected static final Frequency FREQUENCY_EDEFAULT = Frequency.WEEKLY;

	/**
	 * The cached value of the '{@link #getFrequency() <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFrequency()
	 * @generated
	 * @ordered
	 */
	protected Frequency frequency = FREQUENCY_EDEFAULT;

	/**
	 * The default value of the '{@link #getInterval() <em>Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterval()
	 * @generated
	 * @ordered
	 */
	protected static final int INTERVAL_EDEFAULT = 1;

	/**
	 * The cached value of the '{@link #getInterval() <em>Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getInterval()
	 * @generated
	 * @ordered
	 */
	protected int interval = INTERVAL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getWeekdays() <em>Weekdays</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getWeekdays()
	 * @generated
	 * @ordered
	 */
	protected EList<DayOfWeek> weekdays;

	/**
	 * The default value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected static final int COUNT_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getCount() <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCount()
	 * @generated
	 * @ordered
	 */
	protected int count = COUNT_EDEFAULT;

	/**
	 * The default value of the '{@link #getUntil() <em>Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUntil()
	 * @generated
	 * @ordered
	 */
	protected static final LocalDate UNTIL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUntil() <em>Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUntil()
	 * @generated
	 * @ordered
	 */
	protected LocalDate until = UNTIL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getExceptionDates() <em>Exception Dates</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExceptionDates()
	 * @generated
	 * @ordered
	 */
	protected EList<LocalDate> exceptionDates;

	/**
	 * The cached value of the '{@link #getOverrides() <em>Overrides</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOverrides()
	 * @generated
	 * @ordered
	 */
	protected EList<OccurrenceOverride> overrides;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected RecurrenceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ParleyPackage.Literals.RECURRENCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Frequency getFrequency() {
		return frequency;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFrequency(Frequency newFrequency) {
		Frequency oldFrequency = frequency;
		frequency = newFrequency == null ? FREQUENCY_EDEFAULT : newFrequency;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.RECURRENCE__FREQUENCY, oldFrequency, frequency));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getInterval() {
		return interval;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setInterval(int newInterval) {
		int oldInterval = interval;
		interval = newInterval;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.RECURRENCE__INTERVAL, oldInterval, interval));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<DayOfWeek> getWeekdays() {
		if (weekdays == null) {
			weekdays = new EDataTypeUniqueEList<DayOfWeek>(DayOfWeek.class, this, ParleyPackage.RECURRENCE__WEEKDAYS);
		}
		return weekdays;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getCount() {
		return count;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCount(int newCount) {
		int oldCount = count;
		count = newCount;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.RECURRENCE__COUNT, oldCount, count));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public LocalDate getUntil() {
		return until;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUntil(LocalDate newUntil) {
		LocalDate oldUntil = until;
		until = newUntil;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.RECURRENCE__UNTIL, oldUntil, until));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<LocalDate> getExceptionDates() {
		if (exceptionDates == null) {
			exceptionDates = new EDataTypeUniqueEList<LocalDate>(LocalDate.class, this, ParleyPackage.RECURRENCE__EXCEPTION_DATES);
		}
		return exceptionDates;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<OccurrenceOverride> getOverrides() {
		if (overrides == null) {
			overrides = new EObjectContainmentEList<OccurrenceOverride>(OccurrenceOverride.class, this, ParleyPackage.RECURRENCE__OVERRIDES);
		}
		return overrides;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ParleyPackage.RECURRENCE__OVERRIDES:
				return ((InternalEList<?>)getOverrides()).basicRemove(otherEnd, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ParleyPackage.RECURRENCE__FREQUENCY:
				return getFrequency();
			case ParleyPackage.RECURRENCE__INTERVAL:
				return getInterval();
			case ParleyPackage.RECURRENCE__WEEKDAYS:
				return getWeekdays();
			case ParleyPackage.RECURRENCE__COUNT:
				return getCount();
			case ParleyPackage.RECURRENCE__UNTIL:
				return getUntil();
			case ParleyPackage.RECURRENCE__EXCEPTION_DATES:
				return getExceptionDates();
			case ParleyPackage.RECURRENCE__OVERRIDES:
				return getOverrides();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ParleyPackage.RECURRENCE__FREQUENCY:
				setFrequency((Frequency)newValue);
				return;
			case ParleyPackage.RECURRENCE__INTERVAL:
				setInterval((Integer)newValue);
				return;
			case ParleyPackage.RECURRENCE__WEEKDAYS:
				getWeekdays().clear();
				getWeekdays().addAll((Collection<? extends DayOfWeek>)newValue);
				return;
			case ParleyPackage.RECURRENCE__COUNT:
				setCount((Integer)newValue);
				return;
			case ParleyPackage.RECURRENCE__UNTIL:
				setUntil((LocalDate)newValue);
				return;
			case ParleyPackage.RECURRENCE__EXCEPTION_DATES:
				getExceptionDates().clear();
				getExceptionDates().addAll((Collection<? extends LocalDate>)newValue);
				return;
			case ParleyPackage.RECURRENCE__OVERRIDES:
				getOverrides().clear();
				getOverrides().addAll((Collection<? extends OccurrenceOverride>)newValue);
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
			case ParleyPackage.RECURRENCE__FREQUENCY:
				setFrequency(FREQUENCY_EDEFAULT);
				return;
			case ParleyPackage.RECURRENCE__INTERVAL:
				setInterval(INTERVAL_EDEFAULT);
				return;
			case ParleyPackage.RECURRENCE__WEEKDAYS:
				getWeekdays().clear();
				return;
			case ParleyPackage.RECURRENCE__COUNT:
				setCount(COUNT_EDEFAULT);
				return;
			case ParleyPackage.RECURRENCE__UNTIL:
				setUntil(UNTIL_EDEFAULT);
				return;
			case ParleyPackage.RECURRENCE__EXCEPTION_DATES:
				getExceptionDates().clear();
				return;
			case ParleyPackage.RECURRENCE__OVERRIDES:
				getOverrides().clear();
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
			case ParleyPackage.RECURRENCE__FREQUENCY:
				return frequency != FREQUENCY_EDEFAULT;
			case ParleyPackage.RECURRENCE__INTERVAL:
				return interval != INTERVAL_EDEFAULT;
			case ParleyPackage.RECURRENCE__WEEKDAYS:
				return weekdays != null && !weekdays.isEmpty();
			case ParleyPackage.RECURRENCE__COUNT:
				return count != COUNT_EDEFAULT;
			case ParleyPackage.RECURRENCE__UNTIL:
				return UNTIL_EDEFAULT == null ? until != null : !UNTIL_EDEFAULT.equals(until);
			case ParleyPackage.RECURRENCE__EXCEPTION_DATES:
				return exceptionDates != null && !exceptionDates.isEmpty();
			case ParleyPackage.RECURRENCE__OVERRIDES:
				return overrides != null && !overrides.isEmpty();
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
		result.append(" (frequency: ");
		result.append(frequency);
		result.append(", interval: ");
		result.append(interval);
		result.append(", weekdays: ");
		result.append(weekdays);
		result.append(", count: ");
		result.append(count);
		result.append(", until: ");
		result.append(until);
		result.append(", exceptionDates: ");
		result.append(exceptionDates);
		result.append(')');
		return result.toString();
	}

} //RecurrenceImpl
