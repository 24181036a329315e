/**
 */
package org.parley.model;

import java.time.LocalDate;
import java.time.LocalDateTime;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Occurrence Override</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A change to one occurrence of a recurring item: moved, reworded or cancelled.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.OccurrenceOverride#getOriginalDate <em>Original Date</em>}</li>
 *   <li>{@link org.parley.model.OccurrenceOverride#getScheduledAt <em>Scheduled At</em>}</li>
 *   <li>{@link org.parley.model.OccurrenceOverride#getTitle <em>Title</em>}</li>
 *   <li>{@link org.parley.model.OccurrenceOverride#getBody <em>Body</em>}</li>
 *   <li>{@link org.parley.model.OccurrenceOverride#isCancelled <em>Cancelled</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getOccurrenceOverride()
 * @model
 * @generated
 */
public interface OccurrenceOverride extends Identified {
	/**
	 * Returns the value of the '<em><b>Original Date</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The day the occurrence falls on by the recurrence rule; it identifies the occurrence.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Original Date</em>' attribute.
	 * @see #setOriginalDate(LocalDate)
	 * @see org.parley.model.ParleyPackage#getOccurrenceOverride_OriginalDate()
	 * @model dataType="org.parley.model.LocalDate"
	 * @generated
	 */
	LocalDate getOriginalDate();

	/**
	 * Sets the value of the '{@link org.parley.model.OccurrenceOverride#getOriginalDate <em>Original Date</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Original Date</em>' attribute.
	 * @see #getOriginalDate()
	 * @generated
	 */
	void setOriginalDate(LocalDate value);

	/**
	 * Returns the value of the '<em><b>Scheduled At</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The new time of the occurrence; unset to keep the rule's.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Scheduled At</em>' attribute.
	 * @see #setScheduledAt(LocalDateTime)
	 * @see org.parley.model.ParleyPackage#getOccurrenceOverride_ScheduledAt()
	 * @model dataType="org.parley.model.LocalDateTime"
	 * @generated
	 */
	LocalDateTime getScheduledAt();

	/**
	 * Sets the value of the '{@link org.parley.model.OccurrenceOverride#getScheduledAt <em>Scheduled At</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Scheduled At</em>' attribute.
	 * @see #getScheduledAt()
	 * @generated
	 */
	void setScheduledAt(LocalDateTime value);

	/**
	 * Returns the value of the '<em><b>Title</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Title</em>' attribute.
	 * @see #setTitle(String)
	 * @see org.parley.model.ParleyPackage#getOccurrenceOverride_Title()
	 * @model
	 * @generated
	 */
	String getTitle();

	/**
	 * Sets the value of the '{@link org.parley.model.OccurrenceOverride#getTitle <em>Title</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Title</em>' attribute.
	 * @see #getTitle()
	 * @generated
	 */
	void setTitle(String value);

	/**
	 * Returns the value of the '<em><b>Body</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Body</em>' attribute.
	 * @see #setBody(String)
	 * @see org.parley.model.ParleyPackage#getOccurrenceOverride_Body()
	 * @model
	 * @generated
	 */
	String getBody();

	/**
	 * Sets the value of the '{@link org.parley.model.OccurrenceOverride#getBody <em>Body</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Body</em>' attribute.
	 * @see #getBody()
	 * @generated
	 */
	void setBody(String value);

	/**
	 * Returns the value of the '<em><b>Cancelled</b></em>' attribute.
	 * The default value is <code>"false"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cancelled</em>' attribute.
	 * @see #setCancelled(boolean)
	 * @see org.parley.model.ParleyPackage#getOccurrenceOverride_Cancelled()
	 * @model default="false"
	 * @generated
	 */
	boolean isCancelled();

	/**
	 * Sets the value of the '{@link org.parley.model.OccurrenceOverride#isCancelled <em>Cancelled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Cancelled</em>' attribute.
	 * @see #isCancelled()
	 * @generated
	 */
	void setCancelled(boolean value);

} // OccurrenceOverride
