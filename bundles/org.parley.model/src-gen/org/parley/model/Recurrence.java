/**
 */
package org.parley.model;

import java.time.DayOfWeek;
import java.time.LocalDate;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Recurrence</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How a content item repeats, in the manner of an iCalendar RRULE, with its exceptions and changed occurrences.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.Recurrence#getFrequency <em>Frequency</em>}</li>
 *   <li>{@link org.parley.model.Recurrence#getInterval <em>Interval</em>}</li>
 *   <li>{@link org.parley.model.Recurrence#getWeekdays <em>Weekdays</em>}</li>
 *   <li>{@link org.parley.model.Recurrence#getCount <em>Count</em>}</li>
 *   <li>{@link org.parley.model.Recurrence#getUntil <em>Until</em>}</li>
 *   <li>{@link org.parley.model.Recurrence#getExceptionDates <em>Exception Dates</em>}</li>
 *   <li>{@link org.parley.model.Recurrence#getOverrides <em>Overrides</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getRecurrence()
 * @model
 * @generated
 */
public interface Recurrence extends Identified {
	/**
	 * Returns the value of the '<em><b>Frequency</b></em>' attribute.
	 * The default value is <code>"WEEKLY"</code>.
	 * The literals are from the enumeration {@link org.parley.model.Frequency}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Frequency</em>' attribute.
	 * @see org.parley.model.Frequency
	 * @see #setFrequency(Frequency)
	 * @see org.parley.model.ParleyPackage#getRecurrence_Frequency()
	 * @model default="WEEKLY"
	 * @generated
	 */
	Frequency getFrequency();

	/**
	 * Sets the value of the '{@link org.parley.model.Recurrence#getFrequency <em>Frequency</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Frequency</em>' attribute.
	 * @see org.parley.model.Frequency
	 * @see #getFrequency()
	 * @generated
	 */
	void setFrequency(Frequency value);

	/**
	 * Returns the value of the '<em><b>Interval</b></em>' attribute.
	 * The default value is <code>"1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Every how many days, weeks or months the item repeats.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Interval</em>' attribute.
	 * @see #setInterval(int)
	 * @see org.parley.model.ParleyPackage#getRecurrence_Interval()
	 * @model default="1"
	 * @generated
	 */
	int getInterval();

	/**
	 * Sets the value of the '{@link org.parley.model.Recurrence#getInterval <em>Interval</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Interval</em>' attribute.
	 * @see #getInterval()
	 * @generated
	 */
	void setInterval(int value);

	/**
	 * Returns the value of the '<em><b>Weekdays</b></em>' attribute list.
	 * The list contents are of type {@link java.time.DayOfWeek}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * For a weekly recurrence, the days it falls on; none for the day of the first occurrence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Weekdays</em>' attribute list.
	 * @see org.parley.model.ParleyPackage#getRecurrence_Weekdays()
	 * @model dataType="org.parley.model.DayOfWeek"
	 * @generated
	 */
	EList<DayOfWeek> getWeekdays();

	/**
	 * Returns the value of the '<em><b>Count</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * How many occurrences there are; 0 for no limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Count</em>' attribute.
	 * @see #setCount(int)
	 * @see org.parley.model.ParleyPackage#getRecurrence_Count()
	 * @model default="0"
	 * @generated
	 */
	int getCount();

	/**
	 * Sets the value of the '{@link org.parley.model.Recurrence#getCount <em>Count</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Count</em>' attribute.
	 * @see #getCount()
	 * @generated
	 */
	void setCount(int value);

	/**
	 * Returns the value of the '<em><b>Until</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The last day an occurrence may fall on, included; unset for no end.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Until</em>' attribute.
	 * @see #setUntil(LocalDate)
	 * @see org.parley.model.ParleyPackage#getRecurrence_Until()
	 * @model dataType="org.parley.model.LocalDate"
	 * @generated
	 */
	LocalDate getUntil();

	/**
	 * Sets the value of the '{@link org.parley.model.Recurrence#getUntil <em>Until</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Until</em>' attribute.
	 * @see #getUntil()
	 * @generated
	 */
	void setUntil(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Exception Dates</b></em>' attribute list.
	 * The list contents are of type {@link java.time.LocalDate}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Days on which the item does not occur.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exception Dates</em>' attribute list.
	 * @see org.parley.model.ParleyPackage#getRecurrence_ExceptionDates()
	 * @model dataType="org.parley.model.LocalDate"
	 * @generated
	 */
	EList<LocalDate> getExceptionDates();

	/**
	 * Returns the value of the '<em><b>Overrides</b></em>' containment reference list.
	 * The list contents are of type {@link org.parley.model.OccurrenceOverride}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Overrides</em>' containment reference list.
	 * @see org.parley.model.ParleyPackage#getRecurrence_Overrides()
	 * @model containment="true"
	 * @generated
	 */
	EList<OccurrenceOverride> getOverrides();

} // Recurrence
