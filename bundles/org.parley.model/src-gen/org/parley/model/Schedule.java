/**
 */
package org.parley.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Schedule</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The content items of one calendar month, or the backlog of unscheduled ones.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.Schedule#getMonth <em>Month</em>}</li>
 *   <li>{@link org.parley.model.Schedule#getItems <em>Items</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getSchedule()
 * @model
 * @generated
 */
public interface Schedule extends ModelFile {
	/**
	 * Returns the value of the '<em><b>Month</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The month as <code>yyyy-MM</code>; empty or unset for the backlog.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Month</em>' attribute.
	 * @see #setMonth(String)
	 * @see org.parley.model.ParleyPackage#getSchedule_Month()
	 * @model
	 * @generated
	 */
	String getMonth();

	/**
	 * Sets the value of the '{@link org.parley.model.Schedule#getMonth <em>Month</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Month</em>' attribute.
	 * @see #getMonth()
	 * @generated
	 */
	void setMonth(String value);

	/**
	 * Returns the value of the '<em><b>Items</b></em>' containment reference list.
	 * The list contents are of type {@link org.parley.model.ContentItem}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Items</em>' containment reference list.
	 * @see org.parley.model.ParleyPackage#getSchedule_Items()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContentItem> getItems();

} // Schedule
