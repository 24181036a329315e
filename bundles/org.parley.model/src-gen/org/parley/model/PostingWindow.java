/**
 */
package org.parley.model;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.ZoneId;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Posting Window</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The days and the hours in which a channel's posts may go out.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.PostingWindow#getDays <em>Days</em>}</li>
 *   <li>{@link org.parley.model.PostingWindow#getStartTime <em>Start Time</em>}</li>
 *   <li>{@link org.parley.model.PostingWindow#getEndTime <em>End Time</em>}</li>
 *   <li>{@link org.parley.model.PostingWindow#getTimeZone <em>Time Zone</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getPostingWindow()
 * @model
 * @generated
 */
public interface PostingWindow extends Identified {
	/**
	 * Returns the value of the '<em><b>Days</b></em>' attribute list.
	 * The list contents are of type {@link java.time.DayOfWeek}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The days on which posts may go out; none for every day.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Days</em>' attribute list.
	 * @see org.parley.model.ParleyPackage#getPostingWindow_Days()
	 * @model dataType="org.parley.model.DayOfWeek"
	 * @generated
	 */
	EList<DayOfWeek> getDays();

	/**
	 * Returns the value of the '<em><b>Start Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Start Time</em>' attribute.
	 * @see #setStartTime(LocalTime)
	 * @see org.parley.model.ParleyPackage#getPostingWindow_StartTime()
	 * @model dataType="org.parley.model.LocalTime"
	 * @generated
	 */
	LocalTime getStartTime();

	/**
	 * Sets the value of the '{@link org.parley.model.PostingWindow#getStartTime <em>Start Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Start Time</em>' attribute.
	 * @see #getStartTime()
	 * @generated
	 */
	void setStartTime(LocalTime value);

	/**
	 * Returns the value of the '<em><b>End Time</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>End Time</em>' attribute.
	 * @see #setEndTime(LocalTime)
	 * @see org.parley.model.ParleyPackage#getPostingWindow_EndTime()
	 * @model dataType="org.parley.model.LocalTime"
	 * @generated
	 */
	LocalTime getEndTime();

	/**
	 * Sets the value of the '{@link org.parley.model.PostingWindow#getEndTime <em>End Time</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>End Time</em>' attribute.
	 * @see #getEndTime()
	 * @generated
	 */
	void setEndTime(LocalTime value);

	/**
	 * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The zone of the start and end times; the plan's when unset.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Zone</em>' attribute.
	 * @see #setTimeZone(ZoneId)
	 * @see org.parley.model.ParleyPackage#getPostingWindow_TimeZone()
	 * @model dataType="org.parley.model.ZoneId"
	 * @generated
	 */
	ZoneId getTimeZone();

	/**
	 * Sets the value of the '{@link org.parley.model.PostingWindow#getTimeZone <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone</em>' attribute.
	 * @see #getTimeZone()
	 * @generated
	 */
	void setTimeZone(ZoneId value);

} // PostingWindow
