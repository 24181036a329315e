/**
 */
package org.parley.model;


/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Kpi</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A key performance indicator: a metric, the threshold it must stay on the right side of, and what to do when it does not.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.Kpi#getMetric <em>Metric</em>}</li>
 *   <li>{@link org.parley.model.Kpi#getThreshold <em>Threshold</em>}</li>
 *   <li>{@link org.parley.model.Kpi#getDirection <em>Direction</em>}</li>
 *   <li>{@link org.parley.model.Kpi#getUnit <em>Unit</em>}</li>
 *   <li>{@link org.parley.model.Kpi#getActionOnBreach <em>Action On Breach</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getKpi()
 * @model
 * @generated
 */
public interface Kpi extends Named {
	/**
	 * Returns the value of the '<em><b>Metric</b></em>' attribute.
	 * The default value is <code>"NEGATIVE_RATE"</code>.
	 * The literals are from the enumeration {@link org.parley.model.KpiMetric}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Metric</em>' attribute.
	 * @see org.parley.model.KpiMetric
	 * @see #setMetric(KpiMetric)
	 * @see org.parley.model.ParleyPackage#getKpi_Metric()
	 * @model default="NEGATIVE_RATE"
	 * @generated
	 */
	KpiMetric getMetric();

	/**
	 * Sets the value of the '{@link org.parley.model.Kpi#getMetric <em>Metric</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Metric</em>' attribute.
	 * @see org.parley.model.KpiMetric
	 * @see #getMetric()
	 * @generated
	 */
	void setMetric(KpiMetric value);

	/**
	 * Returns the value of the '<em><b>Threshold</b></em>' attribute.
	 * The default value is <code>"0.0"</code>.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Threshold</em>' attribute.
	 * @see #setThreshold(double)
	 * @see org.parley.model.ParleyPackage#getKpi_Threshold()
	 * @model default="0.0"
	 * @generated
	 */
	double getThreshold();

	/**
	 * Sets the value of the '{@link org.parley.model.Kpi#getThreshold <em>Threshold</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Threshold</em>' attribute.
	 * @see #getThreshold()
	 * @generated
	 */
	void setThreshold(double value);

	/**
	 * Returns the value of the '<em><b>Direction</b></em>' attribute.
	 * The default value is <code>"AT_MOST"</code>.
	 * The literals are from the enumeration {@link org.parley.model.ThresholdDirection}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Whether the metric must stay at most or at least at the threshold.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Direction</em>' attribute.
	 * @see org.parley.model.ThresholdDirection
	 * @see #setDirection(ThresholdDirection)
	 * @see org.parley.model.ParleyPackage#getKpi_Direction()
	 * @model default="AT_MOST"
	 * @generated
	 */
	ThresholdDirection getDirection();

	/**
	 * Sets the value of the '{@link org.parley.model.Kpi#getDirection <em>Direction</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Direction</em>' attribute.
	 * @see org.parley.model.ThresholdDirection
	 * @see #getDirection()
	 * @generated
	 */
	void setDirection(ThresholdDirection value);

	/**
	 * Returns the value of the '<em><b>Unit</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The unit of the threshold, such as <code>%</code> or <code>min</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Unit</em>' attribute.
	 * @see #setUnit(String)
	 * @see org.parley.model.ParleyPackage#getKpi_Unit()
	 * @model
	 * @generated
	 */
	String getUnit();

	/**
	 * Sets the value of the '{@link org.parley.model.Kpi#getUnit <em>Unit</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Unit</em>' attribute.
	 * @see #getUnit()
	 * @generated
	 */
	void setUnit(String value);

	/**
	 * Returns the value of the '<em><b>Action On Breach</b></em>' attribute.
	 * The default value is <code>"ESCALATE"</code>.
	 * The literals are from the enumeration {@link org.parley.model.BreachAction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Action On Breach</em>' attribute.
	 * @see org.parley.model.BreachAction
	 * @see #setActionOnBreach(BreachAction)
	 * @see org.parley.model.ParleyPackage#getKpi_ActionOnBreach()
	 * @model default="ESCALATE"
	 * @generated
	 */
	BreachAction getActionOnBreach();

	/**
	 * Sets the value of the '{@link org.parley.model.Kpi#getActionOnBreach <em>Action On Breach</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Action On Breach</em>' attribute.
	 * @see org.parley.model.BreachAction
	 * @see #getActionOnBreach()
	 * @generated
	 */
	void setActionOnBreach(BreachAction value);

} // Kpi
