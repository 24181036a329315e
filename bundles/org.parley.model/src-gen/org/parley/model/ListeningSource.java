/**
 */
package org.parley.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Listening Source</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A site the crawler reads, and how far and how politely it may go there.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.ListeningSource#getKind <em>Kind</em>}</li>
 *   <li>{@link org.parley.model.ListeningSource#getUrl <em>Url</em>}</li>
 *   <li>{@link org.parley.model.ListeningSource#getIncludePatterns <em>Include Patterns</em>}</li>
 *   <li>{@link org.parley.model.ListeningSource#getExcludePatterns <em>Exclude Patterns</em>}</li>
 *   <li>{@link org.parley.model.ListeningSource#getMaxPages <em>Max Pages</em>}</li>
 *   <li>{@link org.parley.model.ListeningSource#getMaxDepth <em>Max Depth</em>}</li>
 *   <li>{@link org.parley.model.ListeningSource#getPolitenessDelayMillis <em>Politeness Delay Millis</em>}</li>
 *   <li>{@link org.parley.model.ListeningSource#isEnabled <em>Enabled</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getListeningSource()
 * @model
 * @generated
 */
public interface ListeningSource extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"PAGE"</code>.
	 * The literals are from the enumeration {@link org.parley.model.SourceKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.parley.model.SourceKind
	 * @see #setKind(SourceKind)
	 * @see org.parley.model.ParleyPackage#getListeningSource_Kind()
	 * @model default="PAGE"
	 * @generated
	 */
	SourceKind getKind();

	/**
	 * Sets the value of the '{@link org.parley.model.ListeningSource#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.parley.model.SourceKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(SourceKind value);

	/**
	 * Returns the value of the '<em><b>Url</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Where crawling starts.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Url</em>' attribute.
	 * @see #setUrl(String)
	 * @see org.parley.model.ParleyPackage#getListeningSource_Url()
	 * @model
	 * @generated
	 */
	String getUrl();

	/**
	 * Sets the value of the '{@link org.parley.model.ListeningSource#getUrl <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Url</em>' attribute.
	 * @see #getUrl()
	 * @generated
	 */
	void setUrl(String value);

	/**
	 * Returns the value of the '<em><b>Include Patterns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Patterns of the URLs to follow; none to follow every URL under the start URL.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Include Patterns</em>' attribute list.
	 * @see org.parley.model.ParleyPackage#getListeningSource_IncludePatterns()
	 * @model
	 * @generated
	 */
	EList<String> getIncludePatterns();

	/**
	 * Returns the value of the '<em><b>Exclude Patterns</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Patterns of the URLs never to follow, even when an include pattern matches.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Exclude Patterns</em>' attribute list.
	 * @see org.parley.model.ParleyPackage#getListeningSource_ExcludePatterns()
	 * @model
	 * @generated
	 */
	EList<String> getExcludePatterns();

	/**
	 * Returns the value of the '<em><b>Max Pages</b></em>' attribute.
	 * The default value is <code>"100"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The most pages fetched in one crawl.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Pages</em>' attribute.
	 * @see #setMaxPages(int)
	 * @see org.parley.model.ParleyPackage#getListeningSource_MaxPages()
	 * @model default="100"
	 * @generated
	 */
	int getMaxPages();

	/**
	 * Sets the value of the '{@link org.parley.model.ListeningSource#getMaxPages <em>Max Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Pages</em>' attribute.
	 * @see #getMaxPages()
	 * @generated
	 */
	void setMaxPages(int value);

	/**
	 * Returns the value of the '<em><b>Max Depth</b></em>' attribute.
	 * The default value is <code>"2"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The most links followed from the start URL; 0 to fetch only the start URL.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Depth</em>' attribute.
	 * @see #setMaxDepth(int)
	 * @see org.parley.model.ParleyPackage#getListeningSource_MaxDepth()
	 * @model default="2"
	 * @generated
	 */
	int getMaxDepth();

	/**
	 * Sets the value of the '{@link org.parley.model.ListeningSource#getMaxDepth <em>Max Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Depth</em>' attribute.
	 * @see #getMaxDepth()
	 * @generated
	 */
	void setMaxDepth(int value);

	/**
	 * Returns the value of the '<em><b>Politeness Delay Millis</b></em>' attribute.
	 * The default value is <code>"1000"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The least time between two requests to the same host, unless its robots.txt asks for more.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Politeness Delay Millis</em>' attribute.
	 * @see #setPolitenessDelayMillis(int)
	 * @see org.parley.model.ParleyPackage#getListeningSource_PolitenessDelayMillis()
	 * @model default="1000"
	 * @generated
	 */
	int getPolitenessDelayMillis();

	/**
	 * Sets the value of the '{@link org.parley.model.ListeningSource#getPolitenessDelayMillis <em>Politeness Delay Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Politeness Delay Millis</em>' attribute.
	 * @see #getPolitenessDelayMillis()
	 * @generated
	 */
	void setPolitenessDelayMillis(int value);

	/**
	 * Returns the value of the '<em><b>Enabled</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Enabled</em>' attribute.
	 * @see #setEnabled(boolean)
	 * @see org.parley.model.ParleyPackage#getListeningSource_Enabled()
	 * @model default="true"
	 * @generated
	 */
	boolean isEnabled();

	/**
	 * Sets the value of the '{@link org.parley.model.ListeningSource#isEnabled <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Enabled</em>' attribute.
	 * @see #isEnabled()
	 * @generated
	 */
	void setEnabled(boolean value);

} // ListeningSource
