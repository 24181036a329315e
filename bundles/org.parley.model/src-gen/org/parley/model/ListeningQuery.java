/**
 */
package org.parley.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Listening Query</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A search over what the crawler fetched, whose hits become mentions tagged with what they are about.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.ListeningQuery#getExpression <em>Expression</em>}</li>
 *   <li>{@link org.parley.model.ListeningQuery#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.parley.model.ListeningQuery#getTag <em>Tag</em>}</li>
 *   <li>{@link org.parley.model.ListeningQuery#getTarget <em>Target</em>}</li>
 *   <li>{@link org.parley.model.ListeningQuery#isEnabled <em>Enabled</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getListeningQuery()
 * @model
 * @generated
 */
public interface ListeningQuery extends Named {
	/**
	 * Returns the value of the '<em><b>Expression</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * A boolean expression of terms and phrases, such as <code>parley AND (price OR cost) NOT job</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Expression</em>' attribute.
	 * @see #setExpression(String)
	 * @see org.parley.model.ParleyPackage#getListeningQuery_Expression()
	 * @model
	 * @generated
	 */
	String getExpression();

	/**
	 * Sets the value of the '{@link org.parley.model.ListeningQuery#getExpression <em>Expression</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Expression</em>' attribute.
	 * @see #getExpression()
	 * @generated
	 */
	void setExpression(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The BCP 47 tag of the language to match in; empty for any.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.parley.model.ParleyPackage#getListeningQuery_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.parley.model.ListeningQuery#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Tag</b></em>' attribute.
	 * The default value is <code>"BRAND"</code>.
	 * The literals are from the enumeration {@link org.parley.model.QueryTag}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tag</em>' attribute.
	 * @see org.parley.model.QueryTag
	 * @see #setTag(QueryTag)
	 * @see org.parley.model.ParleyPackage#getListeningQuery_Tag()
	 * @model default="BRAND"
	 * @generated
	 */
	QueryTag getTag();

	/**
	 * Sets the value of the '{@link org.parley.model.ListeningQuery#getTag <em>Tag</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tag</em>' attribute.
	 * @see org.parley.model.QueryTag
	 * @see #getTag()
	 * @generated
	 */
	void setTag(QueryTag value);

	/**
	 * Returns the value of the '<em><b>Target</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * What the hits are about: a brand, a product or a topic (in the strategy's file).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Target</em>' reference.
	 * @see #setTarget(Named)
	 * @see org.parley.model.ParleyPackage#getListeningQuery_Target()
	 * @model
	 * @generated
	 */
	Named getTarget();

	/**
	 * Sets the value of the '{@link org.parley.model.ListeningQuery#getTarget <em>Target</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Target</em>' reference.
	 * @see #getTarget()
	 * @generated
	 */
	void setTarget(Named value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.parley.model.ParleyPackage#getListeningQuery_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.parley.model.ListeningQuery#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

} // ListeningQuery
