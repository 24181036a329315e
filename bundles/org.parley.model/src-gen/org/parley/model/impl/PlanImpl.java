/**
 */
package org.parley.model.impl;

import java.time.ZoneId;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;
import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EDataTypeUniqueEList;
import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.parley.model.ChannelCatalog;
import org.parley.model.Listening;
import org.parley.model.Matrix;
import org.parley.model.Named;
import org.parley.model.ParleyPackage;
import org.parley.model.Plan;
import org.parley.model.Schedule;
import org.parley.model.Strategy;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.impl.PlanImpl#getName <em>Name</em>}</li>
 *   <li>{@link org.parley.model.impl.PlanImpl#getDescription <em>Description</em>}</li>
 *   <li>{@link org.parley.model.impl.PlanImpl#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.parley.model.impl.PlanImpl#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.parley.model.impl.PlanImpl#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link org.parley.model.impl.PlanImpl#getMatrix <em>Matrix</em>}</li>
 *   <li>{@link org.parley.model.impl.PlanImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.parley.model.impl.PlanImpl#getListening <em>Listening</em>}</li>
 *   <li>{@link org.parley.model.impl.PlanImpl#getSchedules <em>Schedules</em>}</li>
 * </ul>
 *
 * @generated
 */
public class PlanImpl extends ModelFileImpl implements Plan {
	/**
	 * The default value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected static final String NAME_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getName() <em>Name</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getName()
	 * @generated
	 * @ordered
	 */
	protected String name = NAME_EDEFAULT;

	/**
	 * The default value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected static final String DESCRIPTION_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getDescription() <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDescription()
	 * @generated
	 * @ordered
	 */
	protected String description = DESCRIPTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected static final ZoneId TIME_ZONE_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getTimeZone() <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTimeZone()
	 * @generated
	 * @ordered
	 */
	protected ZoneId timeZone = TIME_ZONE_EDEFAULT;

	/**
	 * The cached value of the '{@link #getLanguages() <em>Languages</em>}' attribute list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getLanguages()
	 * @generated
	 * @ordered
	 */
	protected EList<String> languages;

	/**
	 * The cached value of the '{@link #getStrategy() <em>Strategy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getStrategy()
	 * @generated
	 * @ordered
	 */
	protected Strategy strategy;

	/**
	 * The cached value of the '{@link #getMatrix() <em>Matrix</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMatrix()
	 * @generated
	 * @ordered
	 */
	protected Matrix matrix;

	/**
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected ChannelCatalog channels;

	/**
	 * The cached value of the '{@link #getListening() <em>Listening</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getListening()
	 * @generated
	 * @ordered
	 */
	protected Listening listening;

	/**
	 * The cached value of the '{@link #getSchedules() <em>Schedules</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getSchedules()
	 * @generated
	 * @ordered
	 */
	protected EList<Schedule> schedules;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected PlanImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ParleyPackage.Literals.PLAN;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
		return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setName(String newName) {
		String oldName = name;
		name = newName;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.PLAN__NAME, oldName, name));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getDescription() {
		return description;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDescription(String newDescription) {
		String oldDescription = description;
		description = newDescription;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.PLAN__DESCRIPTION, oldDescription, description));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ZoneId getTimeZone() {
		return timeZone;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTimeZone(ZoneId newTimeZone) {
		ZoneId oldTimeZone = timeZone;
		timeZone = newTimeZone;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.PLAN__TIME_ZONE, oldTimeZone, timeZone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<String> getLanguages() {
		if (languages == null) {
			languages = new EDataTypeUniqueEList<String>(String.class, this, ParleyPackage.PLAN__LANGUAGES);
		}
		return languages;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Strategy getStrategy() {
		if (strategy != null && strategy.eIsProxy()) {
			InternalEObject oldStrategy = (InternalEObject)strategy;
			strategy = (Strategy)eResolveProxy(oldStrategy);
			if (strategy != oldStrategy) {
				InternalEObject newStrategy = (InternalEObject)strategy;
				NotificationChain msgs = oldStrategy.eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ParleyPackage.PLAN__STRATEGY, null, null);
				if (newStrategy.eInternalContainer() == null) {
					msgs = newStrategy.eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ParleyPackage.PLAN__STRATEGY, null, msgs);
				}
				if (msgs != null) msgs.dispatch();
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ParleyPackage.PLAN__STRATEGY, oldStrategy, strategy));
			}
		}
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Strategy basicGetStrategy() {
		return strategy;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetStrategy(Strategy newStrategy, NotificationChain msgs) {
		Strategy oldStrategy = strategy;
		strategy = newStrategy;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ParleyPackage.PLAN__STRATEGY, oldStrategy, newStrategy);
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
	public void setStrategy(Strategy newStrategy) {
		if (newStrategy != strategy) {
			NotificationChain msgs = null;
			if (strategy != null)
				msgs = ((InternalEObject)strategy).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ParleyPackage.PLAN__STRATEGY, null, msgs);
			if (newStrategy != null)
				msgs = ((InternalEObject)newStrategy).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ParleyPackage.PLAN__STRATEGY, null, msgs);
			msgs = basicSetStrategy(newStrategy, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.PLAN__STRATEGY, newStrategy, newStrategy));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Matrix getMatrix() {
		if (matrix != null && matrix.eIsProxy()) {
			InternalEObject oldMatrix = (InternalEObject)matrix;
			matrix = (Matrix)eResolveProxy(oldMatrix);
			if (matrix != oldMatrix) {
				InternalEObject newMatrix = (InternalEObject)matrix;
				NotificationChain msgs = oldMatrix.eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ParleyPackage.PLAN__MATRIX, null, null);
				if (newMatrix.eInternalContainer() == null) {
					msgs = newMatrix.eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ParleyPackage.PLAN__MATRIX, null, msgs);
				}
				if (msgs != null) msgs.dispatch();
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ParleyPackage.PLAN__MATRIX, oldMatrix, matrix));
			}
		}
		return matrix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Matrix basicGetMatrix() {
		return matrix;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetMatrix(Matrix newMatrix, NotificationChain msgs) {
		Matrix oldMatrix = matrix;
		matrix = newMatrix;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ParleyPackage.PLAN__MATRIX, oldMatrix, newMatrix);
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
	public void setMatrix(Matrix newMatrix) {
		if (newMatrix != matrix) {
			NotificationChain msgs = null;
			if (matrix != null)
				msgs = ((InternalEObject)matrix).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ParleyPackage.PLAN__MATRIX, null, msgs);
			if (newMatrix != null)
				msgs = ((InternalEObject)newMatrix).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ParleyPackage.PLAN__MATRIX, null, msgs);
			msgs = basicSetMatrix(newMatrix, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.PLAN__MATRIX, newMatrix, newMatrix));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ChannelCatalog getChannels() {
		if (channels != null && channels.eIsProxy()) {
			InternalEObject oldChannels = (InternalEObject)channels;
			channels = (ChannelCatalog)eResolveProxy(oldChannels);
			if (channels != oldChannels) {
				InternalEObject newChannels = (InternalEObject)channels;
				NotificationChain msgs = oldChannels.eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ParleyPackage.PLAN__CHANNELS, null, null);
				if (newChannels.eInternalContainer() == null) {
					msgs = newChannels.eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ParleyPackage.PLAN__CHANNELS, null, msgs);
				}
				if (msgs != null) msgs.dispatch();
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ParleyPackage.PLAN__CHANNELS, oldChannels, channels));
			}
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public ChannelCatalog basicGetChannels() {
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetChannels(ChannelCatalog newChannels, NotificationChain msgs) {
		ChannelCatalog oldChannels = channels;
		channels = newChannels;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ParleyPackage.PLAN__CHANNELS, oldChannels, newChannels);
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
	public void setChannels(ChannelCatalog newChannels) {
		if (newChannels != channels) {
			NotificationChain msgs = null;
			if (channels != null)
				msgs = ((InternalEObject)channels).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ParleyPackage.PLAN__CHANNELS, null, msgs);
			if (newChannels != null)
				msgs = ((InternalEObject)newChannels).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ParleyPackage.PLAN__CHANNELS, null, msgs);
			msgs = basicSetChannels(newChannels, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.PLAN__CHANNELS, newChannels, newChannels));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Listening getListening() {
		if (listening != null && listening.eIsProxy()) {
			InternalEObject oldListening = (InternalEObject)listening;
			listening = (Listening)eResolveProxy(oldListening);
			if (listening != oldListening) {
				InternalEObject newListening = (InternalEObject)listening;
				NotificationChain msgs = oldListening.eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ParleyPackage.PLAN__LISTENING, null, null);
				if (newListening.eInternalContainer() == null) {
					msgs = newListening.eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ParleyPackage.PLAN__LISTENING, null, msgs);
				}
				if (msgs != null) msgs.dispatch();
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ParleyPackage.PLAN__LISTENING, oldListening, listening));
			}
		}
		return listening;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Listening basicGetListening() {
		return listening;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public NotificationChain basicSetListening(Listening newListening, NotificationChain msgs) {
		Listening oldListening = listening;
		listening = newListening;
		if (eNotificationRequired()) {
			ENotificationImpl notification = new ENotificationImpl(this, Notification.SET, ParleyPackage.PLAN__LISTENING, oldListening, newListening);
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
	public void setListening(Listening newListening) {
		if (newListening != listening) {
			NotificationChain msgs = null;
			if (listening != null)
				msgs = ((InternalEObject)listening).eInverseRemove(this, EOPPOSITE_FEATURE_BASE - ParleyPackage.PLAN__LISTENING, null, msgs);
			if (newListening != null)
				msgs = ((InternalEObject)newListening).eInverseAdd(this, EOPPOSITE_FEATURE_BASE - ParleyPackage.PLAN__LISTENING, null, msgs);
			msgs = basicSetListening(newListening, msgs);
			if (msgs != null) msgs.dispatch();
		}
		else if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.PLAN__LISTENING, newListening, newListening));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Schedule> getSchedules() {
		if (schedules == null) {
			schedules = new EObjectContainmentEList.Resolving<Schedule>(Schedule.class, this, ParleyPackage.PLAN__SCHEDULES);
		}
		return schedules;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ParleyPackage.PLAN__STRATEGY:
				return basicSetStrategy(null, msgs);
			case ParleyPackage.PLAN__MATRIX:
				return basicSetMatrix(null, msgs);
			case ParleyPackage.PLAN__CHANNELS:
				return basicSetChannels(null, msgs);
			case ParleyPackage.PLAN__LISTENING:
				return basicSetListening(null, msgs);
			case ParleyPackage.PLAN__SCHEDULES:
				return ((InternalEList<?>)getSchedules()).basicRemove(otherEnd, msgs);
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
			case ParleyPackage.PLAN__NAME:
				return getName();
			case ParleyPackage.PLAN__DESCRIPTION:
				return getDescription();
			case ParleyPackage.PLAN__TIME_ZONE:
				return getTimeZone();
			case ParleyPackage.PLAN__LANGUAGES:
				return getLanguages();
			case ParleyPackage.PLAN__STRATEGY:
				if (resolve) return getStrategy();
				return basicGetStrategy();
			case ParleyPackage.PLAN__MATRIX:
				if (resolve) return getMatrix();
				return basicGetMatrix();
			case ParleyPackage.PLAN__CHANNELS:
				if (resolve) return getChannels();
				return basicGetChannels();
			case ParleyPackage.PLAN__LISTENING:
				if (resolve) return getListening();
				return basicGetListening();
			case ParleyPackage.PLAN__SCHEDULES:
				return getSchedules();
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
			case ParleyPackage.PLAN__NAME:
				setName((String)newValue);
				return;
			case ParleyPackage.PLAN__DESCRIPTION:
				setDescription((String)newValue);
				return;
			case ParleyPackage.PLAN__TIME_ZONE:
				setTimeZone((ZoneId)newValue);
				return;
			case ParleyPackage.PLAN__LANGUAGES:
				getLanguages().clear();
				getLanguages().addAll((Collection<? extends String>)newValue);
				return;
			case ParleyPackage.PLAN__STRATEGY:
				setStrategy((Strategy)newValue);
				return;
			case ParleyPackage.PLAN__MATRIX:
				setMatrix((Matrix)newValue);
				return;
			case ParleyPackage.PLAN__CHANNELS:
				setChannels((ChannelCatalog)newValue);
				return;
			case ParleyPackage.PLAN__LISTENING:
				setListening((Listening)newValue);
				return;
			case ParleyPackage.PLAN__SCHEDULES:
				getSchedules().clear();
				getSchedules().addAll((Collection<? extends Schedule>)newValue);
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
			case ParleyPackage.PLAN__NAME:
				setName(NAME_EDEFAULT);
				return;
			case ParleyPackage.PLAN__DESCRIPTION:
				setDescription(DESCRIPTION_EDEFAULT);
				return;
			case ParleyPackage.PLAN__TIME_ZONE:
				setTimeZone(TIME_ZONE_EDEFAULT);
				return;
			case ParleyPackage.PLAN__LANGUAGES:
				getLanguages().clear();
				return;
			case ParleyPackage.PLAN__STRATEGY:
				setStrategy((Strategy)null);
				return;
			case ParleyPackage.PLAN__MATRIX:
				setMatrix((Matrix)null);
				return;
			case ParleyPackage.PLAN__CHANNELS:
				setChannels((ChannelCatalog)null);
				return;
			case ParleyPackage.PLAN__LISTENING:
				setListening((Listening)null);
				return;
			case ParleyPackage.PLAN__SCHEDULES:
				getSchedules().clear();
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
			case ParleyPackage.PLAN__NAME:
				return NAME_EDEFAULT == null ? name != null : !NAME_EDEFAULT.equals(name);
			case ParleyPackage.PLAN__DESCRIPTION:
				return DESCRIPTION_EDEFAULT == null ? description != null : !DESCRIPTION_EDEFAULT.equals(description);
			case ParleyPackage.PLAN__TIME_ZONE:
				return TIME_ZONE_EDEFAULT == null ? timeZone != null : !TIME_ZONE_EDEFAULT.equals(timeZone);
			case ParleyPackage.PLAN__LANGUAGES:
				return languages != null && !languages.isEmpty();
			case ParleyPackage.PLAN__STRATEGY:
				return strategy != null;
			case ParleyPackage.PLAN__MATRIX:
				return matrix != null;
			case ParleyPackage.PLAN__CHANNELS:
				return channels != null;
			case ParleyPackage.PLAN__LISTENING:
				return listening != null;
			case ParleyPackage.PLAN__SCHEDULES:
				return schedules != null && !schedules.isEmpty();
		}
		return super.eIsSet(featureID);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eBaseStructuralFeatureID(int derivedFeatureID, Class<?> baseClass) {
		if (baseClass == Named.class) {
			switch (derivedFeatureID) {
				case ParleyPackage.PLAN__NAME: return ParleyPackage.NAMED__NAME;
				default: return -1;
			}
		}
		return super.eBaseStructuralFeatureID(derivedFeatureID, baseClass);
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int eDerivedStructuralFeatureID(int baseFeatureID, Class<?> baseClass) {
		if (baseClass == Named.class) {
			switch (baseFeatureID) {
				case ParleyPackage.NAMED__NAME: return ParleyPackage.PLAN__NAME;
				default: return -1;
			}
		}
		return super.eDerivedStructuralFeatureID(baseFeatureID, baseClass);
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
		result.append(" (name: ");
		result.append(name);
		result.append(", description: ");
		result.append(description);
		result.append(", timeZone: ");
		result.append(timeZone);
		result.append(", languages: ");
		result.append(languages);
		result.append(')');
		return result.toString();
	}

} //PlanImpl
