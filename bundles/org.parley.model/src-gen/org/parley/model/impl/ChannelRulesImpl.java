/**
 */
package org.parley.model.impl;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.parley.model.ChannelRules;
import org.parley.model.MediaPolicy;
import org.parley.model.ParleyPackage;
import org.parley.model.PostingWindow;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Channel Rules</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.impl.ChannelRulesImpl#getMaxTextLength <em>Max Text Length</em>}</li>
 *   <li>{@link org.parley.model.impl.ChannelRulesImpl#getMaxHashtags <em>Max Hashtags</em>}</li>
 *   <li>{@link org.parley.model.impl.ChannelRulesImpl#getMedia <em>Media</em>}</li>
 *   <li>{@link org.parley.model.impl.ChannelRulesImpl#isLinksAllowed <em>Links Allowed</em>}</li>
 *   <li>{@link org.parley.model.impl.ChannelRulesImpl#getPostingWindow <em>Posting Window</em>}</li>
 *   <li>{@link org.parley.model.impl.ChannelRulesImpl#getTone <em>Tone</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ChannelRulesImpl extends IdentifiedImpl implements ChannelRules {
	/**
	 * The default value of the '{@link #getMaxTextLength() <em>Max Text Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTextLength()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_TEXT_LENGTH_EDEFAULT = 0;

	/**
	 * The cached value of the '{@link #getMaxTextLength() <em>Max Text Length</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxTextLength()
	 * @generated
	 * @ordered
	 */
	protected int maxTextLength = MAX_TEXT_LENGTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxHashtags() <em>Max Hashtags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxHashtags()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_HASHTAGS_EDEFAULT = -1;

	/**
	 * The cached value of the '{@link #getMaxHashtags() <em>Max Hashtags</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxHashtags()
	 * @generated
	 * @ordered
	 */
	protected int maxHashtags = MAX_HASHTAGS_EDEFAULT;

	/**
	 * The default value of the '{@link #getMedia() <em>Media</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedia()
	 * @generated
	 * @ordered
	 */
	protected static final MediaPolicy MEDIA_EDEFAULT = MediaPolicy.ALLOWED;

	/**
	 * The cached value of the '{@link #getMedia() <em>Media</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMedia()
	 * @generated
	 * @ordered
	 */
	protected MediaPolicy media = MEDIA_EDEFAULT;

	/**
	 * The default value of the '{@link #isLinksAllowed() <em>Links Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLinksAllowed()
	 * @generated
	 * @ordered
	 */
	protected static final boolean LINKS_ALLOWED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isLinksAllowed() <em>Links Allowed</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isLinksAllowed()
	 * @generated
	 * @ordered
	 */
	protected boolean linksAllowed = LINKS_ALLOWED_EDEFAULT;

	/**
	 * The cached value of the '{@link #getPostingWindow() <em>Posting Window</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPostingWindow()
	 * @generated
	 * @ordered
	 */
	protected PostingWindow postingWindow;

	/**
	 * The default value of the '{@link #getTone() <em>Tone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTone()
	 * @generated
	 * @ordered
	 */
	protected static final String TONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTone() <em>Tone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTone()
	 * @generated
	 * @ordered
	 */
	protected String tone = TONE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ChannelRulesImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ParleyPackage.Literals.CHANNEL_RULES;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxTextLength() {
		return maxTextLength;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxTextLength(int newMaxTextLength) {
		int oldMaxTextLength = maxTextLength;
		maxTextLength = newMaxTextLength;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CHANNEL_RULES__MAX_TEXT_LENGTH, oldMaxTextLength, maxTextLength));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxHashtags() {
		return maxHashtags;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxHashtags(int newMaxHashtags) {
		int oldMaxHashtags = maxHashtags;
		maxHashtags = newMaxHashtags;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CHANNEL_RULES__MAX_HASHTAGS, oldMaxHashtags, maxHashtags));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public MediaPolicy getMedia() {
		return media;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMedia(MediaPolicy newMedia) {
		MediaPolicy oldMedia = media;
		media = newMedia == null ? MEDIA_EDEFAULT : newMedia;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CHANNEL_RULES__MEDIA, oldMedia, media));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isLinksAllowed() {
		return linksAllowed;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setLinksAllowed(boolean newLinksAllowed) {
		boolean oldLinksAllowed = linksAllowed;
		linksAllowed = newLinksAllowed;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CHANNEL_RULES__LINKS_ALLOWED, oldLinksAllowed, linksAllowed));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public PostingWindow getPostingWindow() {
		return postingWindow;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetPostingWindow(PostingWindow newPostingWindow, NotificationChain msgs) {
		PostingWindow oldPostingWindow = postingWindow;
		postingWindow = newPostingWindow;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ParleyPackage.CHANNEL_RULES__POSTING_WINDOW, oldPostingWindow, newPostingWindow);
			if (msgs == null) msgs = notification; else msgs.add(notification);
		}
		return msgs;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPostingWindow(PostingWindow newPostingWindow) {
		if (newPostingWindow != postingWindow) {
			NotificationChain msgs = null;
			if (postingWindow != null)
				msgs = ((InternalEObject)postingWindow).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ParleyPackage.CHANNEL_RULES__POSTING_WINDOW, null, msgs);
			if (newPostingWindow != null)
				msgs = ((InternalEObject)newPostingWindow).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ParleyPackage.CHANNEL_RULES__POSTING_WINDOW, null, msgs);
			msgs = basicSetPostingWindow(newPostingWindow, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CHANNEL_RULES__POSTING_WINDOW, newPostingWindow, newPostingWindow));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTone() {
		return tone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTone(String newTone) {
		String oldTone = tone;
		tone = newTone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CHANNEL_RULES__TONE, oldTone, tone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ParleyPackage.CHANNEL_RULES__POSTING_WINDOW:
				return basicSetPostingWindow(null, msgs);
		}
		return super.eInverseRemove(otherEnd, featureID, msgs);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ParleyPackage.CHANNEL_RULES__MAX_TEXT_LENGTH:
				return getMaxTextLength();
			case ParleyPackage.CHANNEL_RULES__MAX_HASHTAGS:
				return getMaxHashtags();
			case ParleyPackage.CHANNEL_RULES__MEDIA:
				return getMedia();
			case ParleyPackage.CHANNEL_RULES__LINKS_ALLOWED:
				return isLinksAllowed();
			case ParleyPackage.CHANNEL_RULES__POSTING_WINDOW:
				return getPostingWindow();
			case ParleyPackage.CHANNEL_RULES__TONE:
				return getTone();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ParleyPackage.CHANNEL_RULES__MAX_TEXT_LENGTH:
				setMaxTextLength((Integer)newValue);
				return;
			case ParleyPackage.CHANNEL_RULES__MAX_HASHTAGS:
				setMaxHashtags((Integer)newValue);
				return;
			case ParleyPackage.CHANNEL_RULES__MEDIA:
				setMedia((MediaPolicy)newValue);
				return;
			case ParleyPackage.CHANNEL_RULES__LINKS_ALLOWED:
				setLinksAllowed((Boolean)newValue);
				return;
			case ParleyPackage.CHANNEL_RULES__POSTING_WINDOW:
				setPostingWindow((PostingWindow)newValue);
				return;
			case ParleyPackage.CHANNEL_RULES__TONE:
				setTone((String)newValue);
				return;
		}
		super.eSet(featureID, newValue);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void eUnset(int featureID) {
		switch (featureID) {
			case ParleyPackage.CHANNEL_RULES__MAX_TEXT_LENGTH:
				setMaxTextLength(MAX_TEXT_LENGTH_EDEFAULT);
				return;
			case ParleyPackage.CHANNEL_RULES__MAX_HASHTAGS:
				setMaxHashtags(MAX_HASHTAGS_EDEFAULT);
				return;
			case ParleyPackage.CHANNEL_RULES__MEDIA:
				setMedia(MEDIA_EDEFAULT);
				return;
			case ParleyPackage.CHANNEL_RULES__LINKS_ALLOWED:
				setLinksAllowed(LINKS_ALLOWED_EDEFAULT);
				return;
			case ParleyPackage.CHANNEL_RULES__POSTING_WINDOW:
				setPostingWindow((PostingWindow)null);
				return;
			case ParleyPackage.CHANNEL_RULES__TONE:
				setTone(TONE_EDEFAULT);
				return;
		}
		super.eUnset(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean eIsSet(int featureID) {
		switch (featureID) {
			case ParleyPackage.CHANNEL_RULES__MAX_TEXT_LENGTH:
				return maxTextLength != MAX_TEXT_LENGTH_EDEFAULT;
			case ParleyPackage.CHANNEL_RULES__MAX_HASHTAGS:
				return maxHashtags != MAX_HASHTAGS_EDEFAULT;
			case ParleyPackage.CHANNEL_RULES__MEDIA:
				return media != MEDIA_EDEFAULT;
			case ParleyPackage.CHANNEL_RULES__LINKS_ALLOWED:
				return linksAllowed != LINKS_ALLOWED_EDEFAULT;
			case ParleyPackage.CHANNEL_RULES__POSTING_WINDOW:
				return postingWindow != null;
			case ParleyPackage.CHANNEL_RULES__TONE:
				return TONE_EDEFAULT == null ? tone != null : !TONE_EDEFAULT.equals(tone);
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		if (eIsProxy()) return super.toString();

		StringBuilder result = new StringBuilder(super.toString());
		result.append(" (maxTextLength: ");
		result.append(maxTextLength);
		result.append(", maxHashtags: ");
		result.append(maxHashtags);
		result.append(", media: ");
		result.append(media);
		result.append(", linksAllowed: ");
		result.append(linksAllowed);
		result.append(", tone: ");
		result.append(tone);
		result.append(')');
		return result.toString();
	}

} //ChannelRulesImpl
