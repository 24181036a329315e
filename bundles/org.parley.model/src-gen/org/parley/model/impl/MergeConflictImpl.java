/**
 */
package org.parley.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.parley.model.ConflictKind;
import org.parley.model.MergeConflict;
import org.parley.model.ParleyPackage;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Merge Conflict</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.impl.MergeConflictImpl#getObjectId <em>Object Id</em>}</li>
 *   <li>{@link org.parley.model.impl.MergeConflictImpl#getFeatureName <em>Feature Name</em>}</li>
 *   <li>{@link org.parley.model.impl.MergeConflictImpl#getKind <em>Kind</em>}</li>
 *   <li>{@link org.parley.model.impl.MergeConflictImpl#getBaseValue <em>Base Value</em>}</li>
 *   <li>{@link org.parley.model.impl.MergeConflictImpl#getOursValue <em>Ours Value</em>}</li>
 *   <li>{@link org.parley.model.impl.MergeConflictImpl#getTheirsValue <em>Theirs Value</em>}</li>
 *   <li>{@link org.parley.model.impl.MergeConflictImpl#getMessage <em>Message</em>}</li>
 * </ul>
 *
 * @generated
 */
public class MergeConflictImpl extends IdentifiedImpl implements MergeConflict {
	/**
	 * The default value of the '{@link #getObjectId() <em>Object Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectId()
	 * @generated
	 * @ordered
	 */
	protected static final String OBJECT_ID_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getObjectId() <em>Object Id</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getObjectId()
	 * @generated
	 * @ordered
	 */
	protected String objectId = OBJECT_ID_EDEFAULT;

	/**
	 * The default value of the '{@link #getFeatureName() <em>Feature Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureName()
	 * @generated
	 * @ordered
	 */
	protected static final String FEATURE_NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getFeatureName() <em>Feature Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getFeatureName()
	 * @generated
	 * @ordered
	 */
	protected String featureName = FEATURE_NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected static final ConflictKind KIND_EDEFAULT = ConflictKind.MODIFY_MODIFY;

	/**
	 * The cached value of the '{@link #getKind() <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKind()
	 * @generated
	 * @ordered
	 */
	protected ConflictKind kind = KIND_EDEFAULT;

	/**
	 * The default value of the '{@link #getBaseValue() <em>Base Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseValue()
	 * @generated
	 * @ordered
	 */
	protected static final String BASE_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getBaseValue() <em>Base Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBaseValue()
	 * @generated
	 * @ordered
	 */
	protected String baseValue = BASE_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getOursValue() <em>Ours Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOursValue()
	 * @generated
	 * @ordered
	 */
	protected static final String OURS_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getOursValue() <em>Ours Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOursValue()
	 * @generated
	 * @ordered
	 */
	protected String oursValue = OURS_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getTheirsValue() <em>Theirs Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheirsValue()
	 * @generated
	 * @ordered
	 */
	protected static final String THEIRS_VALUE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTheirsValue() <em>Theirs Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTheirsValue()
	 * @generated
	 * @ordered
	 */
	protected String theirsValue = THEIRS_VALUE_EDEFAULT;

	/**
	 * The default value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected static final String MESSAGE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getMessage() <em>Message</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMessage()
	 * @generated
	 * @ordered
	 */
	protected String message = MESSAGE_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected MergeConflictImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ParleyPackage.Literals.MERGE_CONFLICT;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getObjectId() {
		return objectId;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setObjectId(String newObjectId) {
		String oldObjectId = objectId;
		objectId = newObjectId;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.MERGE_CONFLICT__OBJECT_ID, oldObjectId, objectId));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getFeatureName() {
		return featureName;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setFeatureName(String newFeatureName) {
		String oldFeatureName = featureName;
		featureName = newFeatureName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.MERGE_CONFLICT__FEATURE_NAME, oldFeatureName, featureName));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ConflictKind getKind() {
		return kind;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setKind(ConflictKind newKind) {
		ConflictKind oldKind = kind;
		kind = newKind == null ? KIND_EDEFAULT : newKind;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.MERGE_CONFLICT__KIND, oldKind, kind));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getBaseValue() {
		return baseValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setBaseValue(String newBaseValue) {
		String oldBaseValue = baseValue;
		baseValue = newBaseValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.MERGE_CONFLICT__BASE_VALUE, oldBaseValue, baseValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getOursValue() {
		return oursValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOursValue(String newOursValue) {
		String oldOursValue = oursValue;
		oursValue = newOursValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.MERGE_CONFLICT__OURS_VALUE, oldOursValue, oursValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getTheirsValue() {
		return theirsValue;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTheirsValue(String newTheirsValue) {
		String oldTheirsValue = theirsValue;
		theirsValue = newTheirsValue;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.MERGE_CONFLICT__THEIRS_VALUE, oldTheirsValue, theirsValue));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getMessage() {
		return message;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMessage(String newMessage) {
		String oldMessage = message;
		message = newMessage;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.MERGE_CONFLICT__MESSAGE, oldMessage, message));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ParleyPackage.MERGE_CONFLICT__OBJECT_ID:
				return getObjectId();
			case ParleyPackage.MERGE_CONFLICT__FEATURE_NAME:
				return getFeatureName();
			case ParleyPackage.MERGE_CONFLICT__KIND:
				return getKind();
			case ParleyPackage.MERGE_CONFLICT__BASE_VALUE:
				return getBaseValue();
			case ParleyPackage.MERGE_CONFLICT__OURS_VALUE:
				return getOursValue();
			case ParleyPackage.MERGE_CONFLICT__THEIRS_VALUE:
				return getTheirsValue();
			case ParleyPackage.MERGE_CONFLICT__MESSAGE:
				return getMessage();
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
			case ParleyPackage.MERGE_CONFLICT__OBJECT_ID:
				setObjectId((String)newValue);
				return;
			case ParleyPackage.MERGE_CONFLICT__FEATURE_NAME:
				setFeatureName((String)newValue);
				return;
			case ParleyPackage.MERGE_CONFLICT__KIND:
				setKind((ConflictKind)newValue);
				return;
			case ParleyPackage.MERGE_CONFLICT__BASE_VALUE:
				setBaseValue((String)newValue);
				return;
			case ParleyPackage.MERGE_CONFLICT__OURS_VALUE:
				setOursValue((String)newValue);
				return;
			case ParleyPackage.MERGE_CONFLICT__THEIRS_VALUE:
				setTheirsValue((String)newValue);
				return;
			case ParleyPackage.MERGE_CONFLICT__MESSAGE:
				setMessage((String)newValue);
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
			case ParleyPackage.MERGE_CONFLICT__OBJECT_ID:
				setObjectId(OBJECT_ID_EDEFAULT);
				return;
			case ParleyPackage.MERGE_CONFLICT__FEATURE_NAME:
				setFeatureName(FEATURE_NAME_EDEFAULT);
				return;
			case ParleyPackage.MERGE_CONFLICT__KIND:
				setKind(KIND_EDEFAULT);
				return;
			case ParleyPackage.MERGE_CONFLICT__BASE_VALUE:
				setBaseValue(BASE_VALUE_EDEFAULT);
				return;
			case ParleyPackage.MERGE_CONFLICT__OURS_VALUE:
				setOursValue(OURS_VALUE_EDEFAULT);
				return;
			case ParleyPackage.MERGE_CONFLICT__THEIRS_VALUE:
				setTheirsValue(THEIRS_VALUE_EDEFAULT);
				return;
			case ParleyPackage.MERGE_CONFLICT__MESSAGE:
				setMessage(MESSAGE_EDEFAULT);
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
			case ParleyPackage.MERGE_CONFLICT__OBJECT_ID:
				return OBJECT_ID_EDEFAULT == null ? objectId != null : !OBJECT_ID_EDEFAULT.equals(objectId);
			case ParleyPackage.MERGE_CONFLICT__FEATURE_NAME:
				return FEATURE_NAME_EDEFAULT == null ? featureName != null : !FEATURE_NAME_EDEFAULT.equals(featureName);
			case ParleyPackage.MERGE_CONFLICT__KIND:
				return kind != KIND_EDEFAULT;
			case ParleyPackage.MERGE_CONFLICT__BASE_VALUE:
				return BASE_VALUE_EDEFAULT == null ? baseValue != null : !BASE_VALUE_EDEFAULT.equals(baseValue);
			case ParleyPackage.MERGE_CONFLICT__OURS_VALUE:
				return OURS_VALUE_EDEFAULT == null ? oursValue != null : !OURS_VALUE_EDEFAULT.equals(oursValue);
			case ParleyPackage.MERGE_CONFLICT__THEIRS_VALUE:
				return THEIRS_VALUE_EDEFAULT == null ? theirsValue != null : !THEIRS_VALUE_EDEFAULT.equals(theirsValue);
			case ParleyPackage.MERGE_CONFLICT__MESSAGE:
				return MESSAGE_EDEFAULT == null ? message != null : !MESSAGE_EDEFAULT.equals(message);
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
		result.append(" (objectId: ");
		result.append(objectId);
		result.append(", featureName: ");
		result.append(featureName);
		result.append(", kind: ");
		result.append(kind);
		result.append(", baseValue: ");
		result.append(baseValue);
		result.append(", oursValue: ");
		result.append(oursValue);
		result.append(", theirsValue: ");
		result.append(theirsValue);
		result.append(", message: ");
		result.append(message);
		result.append(')');
		return result.toString();
	}

} //MergeConflictImpl
