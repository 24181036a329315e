/**
 */
package org.parley.model.impl;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.ecore.EClass;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.parley.model.BreachAction;
import org.parley.model.Kpi;
import org.parley.model.KpiMetric;
import org.parley.model.ParleyPackage;
import org.parley.model.ThresholdDirection;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Kpi</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.impl.KpiImpl#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.parley.model.impl.KpiImpl#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.parley.model.impl.KpiImpl#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.parley.model.impl.KpiImpl#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.parley.model.impl.KpiImpl#getActionOnBreach <em>Action On Breach</em>}</li>
 * </ul>
 *
 * @generated
 */
public class KpiImpl extends NamedImpl implements Kpi {
	/**
	 * The default value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected static final KpiMetric METRIC_EDEFAULT = KpiMetric.NEGATIVE_RATE;

	/**
	 * The cached value of the '{@link #getMetric() <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getMetric()
	 * @generated
	 * @ordered
	 */
	protected KpiMetric metric = METRIC_EDEFAULT;

	/**
	 * The default value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected static final double THRESHOLD_EDEFAULT = 0.0;

	/**
	 * The cached value of the '{@link #getThreshold() <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getThreshold()
	 * @generated
	 * @ordered
	 */
	protected double threshold = THRESHOLD_EDEFAULT;

	/**
	 * The default value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected static final ThresholdDirection DIRECTION_EDEFAULT = ThresholdDirection.AT_MOST;

	/**
	 * The cached value of the '{@link #getDirection() <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getDirection()
	 * @generated
	 * @ordered
	 */
	protected ThresholdDirection direction = DIRECTION_EDEFAULT;

	/**
	 * The default value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected static final String UNIT_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getUnit() <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getUnit()
	 * @generated
	 * @ordered
	 */
	protected String unit = UNIT_EDEFAULT;

	/**
	 * The default value of the '{@link #getActionOnBreach() <em>Action On Breach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionOnBreach()
	 * @generated
	 * @ordered
	 */
	protected static final BreachAction ACTION_ON_BREACH_EDEFAULT = BreachAction.ESCALATE;

	/**
	 * The cached value of the '{@link #getActionOnBreach() <em>Action On Breach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getActionOnBreach()
	 * @generated
	 * @ordered
	 */
	protected BreachAction actionOnBreach = ACTION_ON_BREACH_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected KpiImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ParleyPackage.Literals.KPI;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public KpiMetric getMetric() {
		return metric;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setMetric(KpiMetric newMetric) {
		KpiMetric oldMetric = metric;
		metric = newMetric == null ? METRIC_EDEFAULT : newMetric;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.KPI__METRIC, oldMetric, metric));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public double getThreshold() {
		return threshold;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setThreshold(double newThreshold) {
		double oldThreshold = threshold;
		threshold = newThreshold;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.KPI__THRESHOLD, oldThreshold, threshold));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public ThresholdDirection getDirection() {
		return direction;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setDirection(ThresholdDirection newDirection) {
		ThresholdDirection oldDirection = direction;
		direction = newDirection == null ? DIRECTION_EDEFAULT : newDirection;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.KPI__DIRECTION, oldDirection, direction));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getUnit() {
		return unit;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setUnit(String newUnit) {
		String oldUnit = unit;
		unit = newUnit;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.KPI__UNIT, oldUnit, unit));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public BreachAction getActionOnBreach() {
		return actionOnBreach;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setActionOnBreach(BreachAction newActionOnBreach) {
		BreachAction oldActionOnBreach = actionOnBreach;
		actionOnBreach = newActionOnBreach == null ? ACTION_ON_BREACH_EDEFAULT : newActionOnBreach;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.KPI__ACTION_ON_BREACH, oldActionOnBreach, actionOnBreach));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ParleyPackage.KPI__METRIC:
				return getMetric();
			case ParleyPackage.KPI__THRESHOLD:
				return getThreshold();
			case ParleyPackage.KPI__DIRECTION:
				return getDirection();
			case ParleyPackage.KPI__UNIT:
				return getUnit();
			case ParleyPackage.KPI__ACTION_ON_BREACH:
				return getActionOnBreach();
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
			case ParleyPackage.KPI__METRIC:
				setMetric((KpiMetric)newValue);
				return;
			case ParleyPackage.KPI__THRESHOLD:
				setThreshold((Double)newValue);
				return;
			case ParleyPackage.KPI__DIRECTION:
				setDirection((ThresholdDirection)newValue);
				return;
			case ParleyPackage.KPI__UNIT:
				setUnit((String)newValue);
				return;
			case ParleyPackage.KPI__ACTION_ON_BREACH:
				setActionOnBreach((BreachAction)newValue);
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
			case ParleyPackage.KPI__METRIC:
				setMetric(METRIC_EDEFAULT);
				return;
			case ParleyPackage.KPI__THRESHOLD:
				setThreshold(THRESHOLD_EDEFAULT);
				return;
			case ParleyPackage.KPI__DIRECTION:
				setDirection(DIRECTION_EDEFAULT);
				return;
			case ParleyPackage.KPI__UNIT:
				setUnit(UNIT_EDEFAULT);
				return;
			case ParleyPackage.KPI__ACTION_ON_BREACH:
				setActionOnBreach(ACTION_ON_BREACH_EDEFAULT);
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
			case ParleyPackage.KPI__METRIC:
				return metric != METRIC_EDEFAULT;
			case ParleyPackage.KPI__THRESHOLD:
				return threshold != THRESHOLD_EDEFAULT;
			case ParleyPackage.KPI__DIRECTION:
				return direction != DIRECTION_EDEFAULT;
			case ParleyPackage.KPI__UNIT:
				return UNIT_EDEFAULT == null ? unit != null : !UNIT_EDEFAULT.equals(unit);
			case ParleyPackage.KPI__ACTION_ON_BREACH:
				return actionOnBreach != ACTION_ON_BREACH_EDEFAULT;
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
		result.append(" (metric: ");
		result.append(metric);
		result.append(", threshold: ");
		result.append(threshold);
		result.append(", direction: ");
		result.append(direction);
		result.append(", unit: ");
		result.append(unit);
		result.append(", actionOnBreach: ");
		result.append(actionOnBreach);
		result.append(')');
		return result.toString();
	}

} //KpiImpl
