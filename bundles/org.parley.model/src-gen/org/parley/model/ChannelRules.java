/**
 */
package org.parley.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Channel Rules</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What a post on a channel may contain and when it may go out.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.ChannelRules#getMaxTextLength <em>Max Text Length</em>}</li>
 *   <li>{@link org.parley.model.ChannelRules#getMaxHashtags <em>Max Hashtags</em>}</li>
 *   <li>{@link org.parley.model.ChannelRules#getMedia <em>Media</em>}</li>
 *   <li>{@link org.parley.model.ChannelRules#isLinksAllowed <em>Links Allowed</em>}</li>
 *   <li>{@link org.parley.model.ChannelRules#getPostingWindow <em>Posting Window</em>}</li>
 *   <li>{@link org.parley.model.ChannelRules#getTone <em>Tone</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getChannelRules()
 * @model
 * @generated
 */
public interface ChannelRules extends Identified {
	/**
	 * Returns the value of the '<em><b>Max Text Length</b></em>' attribute.
	 * The default value is <code>"0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The most characters a post's text may have; 0 for no limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Text Length</em>' attribute.
	 * @see #setMaxTextLength(int)
	 * @see org.parley.model.ParleyPackage#getChannelRules_MaxTextLength()
	 * @model default="0"
	 * @generated
	 */
	int getMaxTextLength();

	/**
	 * Sets the value of the '{@link org.parley.model.ChannelRules#getMaxTextLength <em>Max Text Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Text Length</em>' attribute.
	 * @see #getMaxTextLength()
	 * @generated
	 */
	void setMaxTextLength(int value);

	/**
	 * Returns the value of the '<em><b>Max Hashtags</b></em>' attribute.
	 * The default value is <code>"-1"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The most hashtags a post may have; -1 for no limit.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Max Hashtags</em>' attribute.
	 * @see #setMaxHashtags(int)
	 * @see org.parley.model.ParleyPackage#getChannelRules_MaxHashtags()
	 * @model default="-1"
	 * @generated
	 */
	int getMaxHashtags();

	/**
	 * Sets the value of the '{@link org.parley.model.ChannelRules#getMaxHashtags <em>Max Hashtags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Max Hashtags</em>' attribute.
	 * @see #getMaxHashtags()
	 * @generated
	 */
	void setMaxHashtags(int value);

	/**
	 * Returns the value of the '<em><b>Media</b></em>' attribute.
	 * The default value is <code>"ALLOWED"</code>.
	 * The literals are from the enumeration {@link org.parley.model.MediaPolicy}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Media</em>' attribute.
	 * @see org.parley.model.MediaPolicy
	 * @see #setMedia(MediaPolicy)
	 * @see org.parley.model.ParleyPackage#getChannelRules_Media()
	 * @model default="ALLOWED"
	 * @generated
	 */
	MediaPolicy getMedia();

	/**
	 * Sets the value of the '{@link org.parley.model.ChannelRules#getMedia <em>Media</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Media</em>' attribute.
	 * @see org.parley.model.MediaPolicy
	 * @see #getMedia()
	 * @generated
	 */
	void setMedia(MediaPolicy value);

	/**
	 * Returns the value of the '<em><b>Links Allowed</b></em>' attribute.
	 * The default value is <code>"true"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Links Allowed</em>' attribute.
	 * @see #setLinksAllowed(boolean)
	 * @see org.parley.model.ParleyPackage#getChannelRules_LinksAllowed()
	 * @model default="true"
	 * @generated
	 */
	boolean isLinksAllowed();

	/**
	 * Sets the value of the '{@link org.parley.model.ChannelRules#isLinksAllowed <em>Links Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Links Allowed</em>' attribute.
	 * @see #isLinksAllowed()
	 * @generated
	 */
	void setLinksAllowed(boolean value);

	/**
	 * Returns the value of the '<em><b>Posting Window</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * When posts may go out; none for any time.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Posting Window</em>' containment reference.
	 * @see #setPostingWindow(PostingWindow)
	 * @see org.parley.model.ParleyPackage#getChannelRules_PostingWindow()
	 * @model containment="true"
	 * @generated
	 */
	PostingWindow getPostingWindow();

	/**
	 * Sets the value of the '{@link org.parley.model.ChannelRules#getPostingWindow <em>Posting Window</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Posting Window</em>' containment reference.
	 * @see #getPostingWindow()
	 * @generated
	 */
	void setPostingWindow(PostingWindow value);

	/**
	 * Returns the value of the '<em><b>Tone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tone</em>' attribute.
	 * @see #setTone(String)
	 * @see org.parley.model.ParleyPackage#getChannelRules_Tone()
	 * @model
	 * @generated
	 */
	String getTone();

	/**
	 * Sets the value of the '{@link org.parley.model.ChannelRules#getTone <em>Tone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tone</em>' attribute.
	 * @see #getTone()
	 * @generated
	 */
	void setTone(String value);

} // ChannelRules
