/**
 */
package org.parley.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Content Category</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A kind of content, shown in its colour on the calendar.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.ContentCategory#getKind <em>Kind</em>}</li>
 *   <li>{@link org.parley.model.ContentCategory#getDescription <em>Description</em>}</li>
 *   <li>{@link org.parley.model.ContentCategory#getColour <em>Colour</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getContentCategory()
 * @model
 * @generated
 */
public interface ContentCategory extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"USER_DEFINED"</code>.
	 * The literals are from the enumeration {@link org.parley.model.ContentCategoryKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.parley.model.ContentCategoryKind
	 * @see #setKind(ContentCategoryKind)
	 * @see org.parley.model.ParleyPackage#getContentCategory_Kind()
	 * @model default="USER_DEFINED"
	 * @generated
	 */
	ContentCategoryKind getKind();

	/**
	 * Sets the value of the '{@link org.parley.model.ContentCategory#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.parley.model.ContentCategoryKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ContentCategoryKind value);

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.parley.model.ParleyPackage#getContentCategory_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.parley.model.ContentCategory#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Colour</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The colour as <code>#RRGGBB</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Colour</em>' attribute.
	 * @see #setColour(String)
	 * @see org.parley.model.ParleyPackage#getContentCategory_Colour()
	 * @model
	 * @generated
	 */
	String getColour();

	/**
	 * Sets the value of the '{@link org.parley.model.ContentCategory#getColour <em>Colour</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Colour</em>' attribute.
	 * @see #getColour()
	 * @generated
	 */
	void setColour(String value);

} // ContentCategory
