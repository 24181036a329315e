/**
 */
package org.parley.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * One account of a brand on one network, with the rules its posts must follow.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.Channel#getNetwork <em>Network</em>}</li>
 *   <li>{@link org.parley.model.Channel#getAccount <em>Account</em>}</li>
 *   <li>{@link org.parley.model.Channel#getUrl <em>Url</em>}</li>
 *   <li>{@link org.parley.model.Channel#getLanguage <em>Language</em>}</li>
 *   <li>{@link org.parley.model.Channel#getBrand <em>Brand</em>}</li>
 *   <li>{@link org.parley.model.Channel#getRules <em>Rules</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getChannel()
 * @model
 * @generated
 */
public interface Channel extends Named {
	/**
	 * Returns the value of the '<em><b>Network</b></em>' attribute.
	 * The default value is <code>"OTHER"</code>.
	 * The literals are from the enumeration {@link org.parley.model.Network}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Network</em>' attribute.
	 * @see org.parley.model.Network
	 * @see #setNetwork(Network)
	 * @see org.parley.model.ParleyPackage#getChannel_Network()
	 * @model default="OTHER"
	 * @generated
	 */
	Network getNetwork();

	/**
	 * Sets the value of the '{@link org.parley.model.Channel#getNetwork <em>Network</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Network</em>' attribute.
	 * @see org.parley.model.Network
	 * @see #getNetwork()
	 * @generated
	 */
	void setNetwork(Network value);

	/**
	 * Returns the value of the '<em><b>Account</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The account's handle or name on the network.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Account</em>' attribute.
	 * @see #setAccount(String)
	 * @see org.parley.model.ParleyPackage#getChannel_Account()
	 * @model
	 * @generated
	 */
	String getAccount();

	/**
	 * Sets the value of the '{@link org.parley.model.Channel#getAccount <em>Account</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Account</em>' attribute.
	 * @see #getAccount()
	 * @generated
	 */
	void setAccount(String value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see org.parley.model.ParleyPackage#getChannel_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link org.parley.model.Channel#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Language</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The BCP 47 tag of the language the account posts in; empty when it posts in several.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Language</em>' attribute.
	 * @see #setLanguage(String)
	 * @see org.parley.model.ParleyPackage#getChannel_Language()
	 * @model
	 * @generated
	 */
	String getLanguage();

	/**
	 * Sets the value of the '{@link org.parley.model.Channel#getLanguage <em>Language</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Language</em>' attribute.
	 * @see #getLanguage()
	 * @generated
	 */
	void setLanguage(String value);

	/**
	 * Returns the value of the '<em><b>Brand</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The brand the account speaks for (in the strategy's file).
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Brand</em>' reference.
	 * @see #setBrand(Brand)
	 * @see org.parley.model.ParleyPackage#getChannel_Brand()
	 * @model
	 * @generated
	 */
	Brand getBrand();

	/**
	 * Sets the value of the '{@link org.parley.model.Channel#getBrand <em>Brand</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Brand</em>' reference.
	 * @see #getBrand()
	 * @generated
	 */
	void setBrand(Brand value);

	/**
	 * Returns the value of the '<em><b>Rules</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Rules</em>' containment reference.
	 * @see #setRules(ChannelRules)
	 * @see org.parley.model.ParleyPackage#getChannel_Rules()
	 * @model containment="true"
	 * @generated
	 */
	ChannelRules getRules();

	/**
	 * Sets the value of the '{@link org.parley.model.Channel#getRules <em>Rules</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Rules</em>' containment reference.
	 * @see #getRules()
	 * @generated
	 */
	void setRules(ChannelRules value);

} // Channel
