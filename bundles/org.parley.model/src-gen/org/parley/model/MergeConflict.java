/**
 */
package org.parley.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Merge Conflict</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A change that a merge could not apply on its own: the value of one feature of one object on the base, our and their side.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.MergeConflict#getObjectId <em>Object Id</em>}</li>
 *   <li>{@link org.parley.model.MergeConflict#getFeatureName <em>Feature Name</em>}</li>
 *   <li>{@link org.parley.model.MergeConflict#getKind <em>Kind</em>}</li>
 *   <li>{@link org.parley.model.MergeConflict#getBaseValue <em>Base Value</em>}</li>
 *   <li>{@link org.parley.model.MergeConflict#getOursValue <em>Ours Value</em>}</li>
 *   <li>{@link org.parley.model.MergeConflict#getTheirsValue <em>Theirs Value</em>}</li>
 *   <li>{@link org.parley.model.MergeConflict#getMessage <em>Message</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getMergeConflict()
 * @model
 * @generated
 */
public interface MergeConflict extends Identified {
	/**
	 * Returns the value of the '<em><b>Object Id</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The id of the object in conflict.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Object Id</em>' attribute.
	 * @see #setObjectId(String)
	 * @see org.parley.model.ParleyPackage#getMergeConflict_ObjectId()
	 * @model
	 * @generated
	 */
	String getObjectId();

	/**
	 * Sets the value of the '{@link org.parley.model.MergeConflict#getObjectId <em>Object Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Object Id</em>' attribute.
	 * @see #getObjectId()
	 * @generated
	 */
	void setObjectId(String value);

	/**
	 * Returns the value of the '<em><b>Feature Name</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The name of the feature in conflict; empty when the whole object is.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Feature Name</em>' attribute.
	 * @see #setFeatureName(String)
	 * @see org.parley.model.ParleyPackage#getMergeConflict_FeatureName()
	 * @model
	 * @generated
	 */
	String getFeatureName();

	/**
	 * Sets the value of the '{@link org.parley.model.MergeConflict#getFeatureName <em>Feature Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Feature Name</em>' attribute.
	 * @see #getFeatureName()
	 * @generated
	 */
	void setFeatureName(String value);

	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"MODIFY_MODIFY"</code>.
	 * The literals are from the enumeration {@link org.parley.model.ConflictKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.parley.model.ConflictKind
	 * @see #setKind(ConflictKind)
	 * @see org.parley.model.ParleyPackage#getMergeConflict_Kind()
	 * @model default="MODIFY_MODIFY"
	 * @generated
	 */
	ConflictKind getKind();

	/**
	 * Sets the value of the '{@link org.parley.model.MergeConflict#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.parley.model.ConflictKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(ConflictKind value);

	/**
	 * Returns the value of the '<em><b>Base Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Base Value</em>' attribute.
	 * @see #setBaseValue(String)
	 * @see org.parley.model.ParleyPackage#getMergeConflict_BaseValue()
	 * @model
	 * @generated
	 */
	String getBaseValue();

	/**
	 * Sets the value of the '{@link org.parley.model.MergeConflict#getBaseValue <em>Base Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Base Value</em>' attribute.
	 * @see #getBaseValue()
	 * @generated
	 */
	void setBaseValue(String value);

	/**
	 * Returns the value of the '<em><b>Ours Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Ours Value</em>' attribute.
	 * @see #setOursValue(String)
	 * @see org.parley.model.ParleyPackage#getMergeConflict_OursValue()
	 * @model
	 * @generated
	 */
	String getOursValue();

	/**
	 * Sets the value of the '{@link org.parley.model.MergeConflict#getOursValue <em>Ours Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Ours Value</em>' attribute.
	 * @see #getOursValue()
	 * @generated
	 */
	void setOursValue(String value);

	/**
	 * Returns the value of the '<em><b>Theirs Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Theirs Value</em>' attribute.
	 * @see #setTheirsValue(String)
	 * @see org.parley.model.ParleyPackage#getMergeConflict_TheirsValue()
	 * @model
	 * @generated
	 */
	String getTheirsValue();

	/**
	 * Sets the value of the '{@link org.parley.model.MergeConflict#getTheirsValue <em>Theirs Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Theirs Value</em>' attribute.
	 * @see #getTheirsValue()
	 * @generated
	 */
	void setTheirsValue(String value);

	/**
	 * Returns the value of the '<em><b>Message</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Message</em>' attribute.
	 * @see #setMessage(String)
	 * @see org.parley.model.ParleyPackage#getMergeConflict_Message()
	 * @model
	 * @generated
	 */
	String getMessage();

	/**
	 * Sets the value of the '{@link org.parley.model.MergeConflict#getMessage <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Message</em>' attribute.
	 * @see #getMessage()
	 * @generated
	 */
	void setMessage(String value);

} // MergeConflict
