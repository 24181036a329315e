/**
 */
package org.parley.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;

import org.parley.model.ListeningSource;
import org.parley.model.ParleyPackage;
import org.parley.model.SourceKind;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Listening Source</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.impl.ListeningSourceImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.parley.model.impl.ListeningSourceImpl#getUrl <em>Url</em>}</li>
 *   <li>{@link org.parley.model.impl.ListeningSourceImpl#getIncludePatterns <em>Include Patterns</em>}</li>
 *   <li>{@link org.parley.model.impl.ListeningSourceImpl#getExcludePatterns <em>Exclude Patterns</em>}</li>
 *   <li>{@link org.parley.model.impl.ListeningSourceImpl#getMaxPages <em>Max Pages</em>}</li>
 *   <li>{@link org.parley.model.impl.ListeningSourceImpl#getMaxDepth <em>Max Depth</em>}</li>
 *   <li>{@link org.parley.model.impl.ListeningSourceImpl#getPolitenessDelayMillis <em>Politeness Delay Millis</em>}</li>
 *   <li>{@link org.parley.model.impl.ListeningSourceImpl#isEnabled <em>Enabled</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ListeningSourceImpl extends NamedImpl implements ListeningSource {
	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final SourceKind KIND_EDEFAULT = SourceKind.PAGE;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected SourceKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected static final String URL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUrl() <em>Url</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUrl()
	 * @generated
	 * @ordered
	 */
	protected String url = URL_EDEFAULT;

	/**
	 * The cached value of the '{@link #getIncludePatterns() <em>Include Patterns</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getIncludePatterns()
	 * @generated
	 * @ordered
	 */
	protected EList<String> includePatterns;

	/**
	 * The cached value of the '{@link #getExcludePatterns() <em>Exclude Patterns</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getExcludePatterns()
	 * @generated
	 * @ordered
	 */
	protected EList<String> excludePatterns;

	/**
	 * The default value of the '{@link #getMaxPages() <em>Max Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPages()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_PAGES_EDEFAULT = 100;

	/**
	 * The cached value of the '{@link #getMaxPages() <em>Max Pages</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxPages()
	 * @generated
	 * @ordered
	 */
	protected int maxPages = MAX_PAGES_EDEFAULT;

	/**
	 * The default value of the '{@link #getMaxDepth() <em>Max Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxDepth()
	 * @generated
	 * @ordered
	 */
	protected static final int MAX_DEPTH_EDEFAULT = 2;

	/**
	 * The cached value of the '{@link #getMaxDepth() <em>Max Depth</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMaxDepth()
	 * @generated
	 * @ordered
	 */
	protected int maxDepth = MAX_DEPTH_EDEFAULT;

	/**
	 * The default value of the '{@link #getPolitenessDelayMillis() <em>Politeness Delay Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolitenessDelayMillis()
	 * @generated
	 * @ordered
	 */
	protected static final int POLITENESS_DELAY_MILLIS_EDEFAULT = 1000;

	/**
	 * The cached value of the '{@link #getPolitenessDelayMillis() <em>Politeness Delay Millis</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPolitenessDelayMillis()
	 * @generated
	 * @ordered
	 */
	protected int politenessDelayMillis = POLITENESS_DELAY_MILLIS_EDEFAULT;

	/**
	 * The default value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected static final boolean ENABLED_EDEFAULT = true;

	/**
	 * The cached value of the '{@link #isEnabled() <em>Enabled</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isEnabled()
	 * @generated
	 * @ordered
	 */
	protected boolean enabled = ENABLED_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ListeningSourceImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ParleyPackage.Literals.LISTENING_SOURCE;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public SourceKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(SourceKind newKind) {
		SourceKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.LISTENING_SOURCE__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUrl() {
		return url;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUrl(String newUrl) {
		String oldUrl = url;
		url = newUrl;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.LISTENING_SOURCE__URL, oldUrl, url));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getIncludePatterns() {
		if (includePatterns == null) {
			includePatterns = new EDataTypeUniqueEList<String>(String.class, this, ParleyPackage.LISTENING_SOURCE__INCLUDE_PATTERNS);
		}
		return includePatterns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getExcludePatterns() {
		if (excludePatterns == null) {
			excludePatterns = new EDataTypeUniqueEList<String>(String.class, this, ParleyPackage.LISTENING_SOURCE__EXCLUDE_PATTERNS);
		}
		return excludePatterns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxPages() {
		return maxPages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxPages(int newMaxPages) {
		int oldMaxPages = maxPages;
		maxPages = newMaxPages;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.LISTENING_SOURCE__MAX_PAGES, oldMaxPages, maxPages));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getMaxDepth() {
		return maxDepth;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMaxDepth(int newMaxDepth) {
		int oldMaxDepth = maxDepth;
		maxDepth = newMaxDepth;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.LISTENING_SOURCE__MAX_DEPTH, oldMaxDepth, maxDepth));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getPolitenessDelayMillis() {
		return politenessDelayMillis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPolitenessDelayMillis(int newPolitenessDelayMillis) {
		int oldPolitenessDelayMillis = politenessDelayMillis;
		politenessDelayMillis = newPolitenessDelayMillis;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.LISTENING_SOURCE__POLITENESS_DELAY_MILLIS, oldPolitenessDelayMillis, politenessDelayMillis));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public boolean isEnabled() {
		return enabled;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setEnabled(boolean newEnabled) {
		boolean oldEnabled = enabled;
		enabled = newEnabled;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.LISTENING_SOURCE__ENABLED, oldEnabled, enabled));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ParleyPackage.LISTENING_SOURCE__KIND:
				return getKind();
			case ParleyPackage.LISTENING_SOURCE__URL:
				return getUrl();
			case ParleyPackage.LISTENING_SOURCE__INCLUDE_PATTERNS:
				return getIncludePatterns();
			case ParleyPackage.LISTENING_SOURCE__EXCLUDE_PATTERNS:
				return getExcludePatterns();
			case ParleyPackage.LISTENING_SOURCE__MAX_PAGES:
				return getMaxPages();
			case ParleyPackage.LISTENING_SOURCE__MAX_DEPTH:
				return getMaxDepth();
			case ParleyPackage.LISTENING_SOURCE__POLITENESS_DELAY_MILLIS:
				return getPolitenessDelayMillis();
			case ParleyPackage.LISTENING_SOURCE__ENABLED:
				return isEnabled();
		}
		return super.eGet(featureID, resolve, coreType);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@SuppressWarnings("unchecked")
	@Override
	public void eSet(int featureID, Object newValue) {
		switch (featureID) {
			case ParleyPackage.LISTENING_SOURCE__KIND:
				setKind((SourceKind)newValue);
				return;
			case ParleyPackage.LISTENING_SOURCE__URL:
				setUrl((String)newValue);
				return;
			case ParleyPackage.LISTENING_SOURCE__INCLUDE_PATTERNS:
				getIncludePatterns().clear();
				getIncludePatterns().addAll((Collection<? extends String>)newValue);
				return;
			case ParleyPackage.LISTENING_SOURCE__EXCLUDE_PATTERNS:
				getExcludePatterns().clear();
				getExcludePatterns().addAll((Collection<? extends String>)newValue);
				return;
			case ParleyPackage.LISTENING_SOURCE__MAX_PAGES:
				setMaxPages((Integer)newValue);
				return;
			case ParleyPackage.LISTENING_SOURCE__MAX_DEPTH:
				setMaxDepth((Integer)newValue);
				return;
			case ParleyPackage.LISTENING_SOURCE__POLITENESS_DELAY_MILLIS:
				setPolitenessDelayMillis((Integer)newValue);
				return;
			case ParleyPackage.LISTENING_SOURCE__ENABLED:
				setEnabled((Boolean)newValue);
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
			case ParleyPackage.LISTENING_SOURCE__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ParleyPackage.LISTENING_SOURCE__URL:
				setUrl(URL_EDEFAULT);
				return;
			case ParleyPackage.LISTENING_SOURCE__INCLUDE_PATTERNS:
				getIncludePatterns().clear();
				return;
			case ParleyPackage.LISTENING_SOURCE__EXCLUDE_PATTERNS:
				getExcludePatterns().clear();
				return;
			case ParleyPackage.LISTENING_SOURCE__MAX_PAGES:
				setMaxPages(MAX_PAGES_EDEFAULT);
				return;
			case ParleyPackage.LISTENING_SOURCE__MAX_DEPTH:
				setMaxDepth(MAX_DEPTH_EDEFAULT);
				return;
			case ParleyPackage.LISTENING_SOURCE__POLITENESS_DELAY_MILLIS:
				setPolitenessDelayMillis(POLITENESS_DELAY_MILLIS_EDEFAULT);
				return;
			case ParleyPackage.LISTENING_SOURCE__ENABLED:
				setEnabled(ENABLED_EDEFAULT);
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
			case ParleyPackage.LISTENING_SOURCE__KIND:
				return kind != KIND_EDEFAULT;
			case ParleyPackage.LISTENING_SOURCE__URL:
				return URL_EDEFAULT == null ? url != null : !URL_EDEFAULT.equals(url);
			case ParleyPackage.LISTENING_SOURCE__INCLUDE_PATTERNS:
				return includePatterns != null && !includePatterns.isEmpty();
			case ParleyPackage.LISTENING_SOURCE__EXCLUDE_PATTERNS:
				return excludePatterns != null && !excludePatterns.isEmpty();
			case ParleyPackage.LISTENING_SOURCE__MAX_PAGES:
				return maxPages != MAX_PAGES_EDEFAULT;
			case ParleyPackage.LISTENING_SOURCE__MAX_DEPTH:
				return maxDepth != MAX_DEPTH_EDEFAULT;
			case ParleyPackage.LISTENING_SOURCE__POLITENESS_DELAY_MILLIS:
				return politenessDelayMillis != POLITENESS_DELAY_MILLIS_EDEFAULT;
			case ParleyPackage.LISTENING_SOURCE__ENABLED:
				return enabled != ENABLED_EDEFAULT;
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
		result.append(" (kind: ");
		result.append(kind);
		result.append(", url: ");
		result.append(url);
		result.append(", includePatterns: ");
		result.append(includePatterns);
		result.append(", excludePatterns: ");
		result.append(excludePatterns);
		result.append(", maxPages: ");
		result.append(maxPages);
		result.append(", maxDepth: ");
		result.append(maxDepth);
		result.append(", politenessDelayMillis: ");
		result.append(politenessDelayMillis);
		result.append(", enabled: ");
		result.append(enabled);
		result.append(')');
		return result.toString();
	}

} //ListeningSourceImpl
