/**
 */
package org.parley.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Customer Group</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A group of people the brand talks to, by where they stand in their relationship with it.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.CustomerGroup#getStage <em>Stage</em>}</li>
 *   <li>{@link org.parley.model.CustomerGroup#getDescription <em>Description</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getCustomerGroup()
 * @model
 * @generated
 */
public interface CustomerGroup extends Named {
	/**
	 * Returns the value of the '<em><b>Stage</b></em>' attribute.
	 * The default value is <code>"PROSPECT"</code>.
	 * The literals are from the enumeration {@link org.parley.model.CustomerStage}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stage</em>' attribute.
	 * @see org.parley.model.CustomerStage
	 * @see #setStage(CustomerStage)
	 * @see org.parley.model.ParleyPackage#getCustomerGroup_Stage()
	 * @model default="PROSPECT"
	 * @generated
	 */
	CustomerStage getStage();

	/**
	 * Sets the value of the '{@link org.parley.model.CustomerGroup#getStage <em>Stage</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stage</em>' attribute.
	 * @see org.parley.model.CustomerStage
	 * @see #getStage()
	 * @generated
	 */
	void setStage(CustomerStage value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.parley.model.ParleyPackage#getCustomerGroup_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.parley.model.CustomerGroup#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

} // CustomerGroup
