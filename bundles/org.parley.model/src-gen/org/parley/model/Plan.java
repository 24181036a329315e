/**
 */
package org.parley.model;

import java.time.ZoneId;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Plan</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The conversation plan of one brand house: settings, and the aggregates that storage keeps in files of their own.
 * <p>
 * The aggregate references are containments across resources: each aggregate is the root of its own resource,
 * and the references are transient so that the plan's file does not list them.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.Plan#getDescription <em>Description</em>}</li>
 *   <li>{@link org.parley.model.Plan#getTimeZone <em>Time Zone</em>}</li>
 *   <li>{@link org.parley.model.Plan#getLanguages <em>Languages</em>}</li>
 *   <li>{@link org.parley.model.Plan#getStrategy <em>Strategy</em>}</li>
 *   <li>{@link org.parley.model.Plan#getMatrix <em>Matrix</em>}</li>
 *   <li>{@link org.parley.model.Plan#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.parley.model.Plan#getListening <em>Listening</em>}</li>
 *   <li>{@link org.parley.model.Plan#getSchedules <em>Schedules</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getPlan()
 * @model
 * @generated
 */
public interface Plan extends ModelFile, Named {
	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.parley.model.ParleyPackage#getPlan_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.parley.model.Plan#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Time Zone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The time zone in which the team plans, used where an item or a posting window names none.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Time Zone</em>' attribute.
	 * @see #setTimeZone(ZoneId)
	 * @see org.parley.model.ParleyPackage#getPlan_TimeZone()
	 * @model dataType="org.parley.model.ZoneId"
	 * @generated
	 */
	ZoneId getTimeZone();

	/**
	 * Sets the value of the '{@link org.parley.model.Plan#getTimeZone <em>Time Zone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Time Zone</em>' attribute.
	 * @see #getTimeZone()
	 * @generated
	 */
	void setTimeZone(ZoneId value);

	/**
	 * Returns the value of the '<em><b>Languages</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The languages the brand speaks, as BCP 47 tags (<code>fr</code>, <code>en-GB</code>), the first being the default.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Languages</em>' attribute list.
	 * @see org.parley.model.ParleyPackage#getPlan_Languages()
	 * @model
	 * @generated
	 */
	EList<String> getLanguages();

	/**
	 * Returns the value of the '<em><b>Strategy</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Strategy</em>' containment reference.
	 * @see #setStrategy(Strategy)
	 * @see org.parley.model.ParleyPackage#getPlan_Strategy()
	 * @model containment="true" resolveProxies="true" transient="true"
	 * @generated
	 */
	Strategy getStrategy();

	/**
	 * Sets the value of the '{@link org.parley.model.Plan#getStrategy <em>Strategy</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Strategy</em>' containment reference.
	 * @see #getStrategy()
	 * @generated
	 */
	void setStrategy(Strategy value);

	/**
	 * Returns the value of the '<em><b>Matrix</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Matrix</em>' containment reference.
	 * @see #setMatrix(Matrix)
	 * @see org.parley.model.ParleyPackage#getPlan_Matrix()
	 * @model containment="true" resolveProxies="true" transient="true"
	 * @generated
	 */
	Matrix getMatrix();

	/**
	 * Sets the value of the '{@link org.parley.model.Plan#getMatrix <em>Matrix</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Matrix</em>' containment reference.
	 * @see #getMatrix()
	 * @generated
	 */
	void setMatrix(Matrix value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' containment reference.
	 * @see #setChannels(ChannelCatalog)
	 * @see org.parley.model.ParleyPackage#getPlan_Channels()
	 * @model containment="true" resolveProxies="true" transient="true"
	 * @generated
	 */
	ChannelCatalog getChannels();

	/**
	 * Sets the value of the '{@link org.parley.model.Plan#getChannels <em>Channels</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Channels</em>' containment reference.
	 * @see #getChannels()
	 * @generated
	 */
	void setChannels(ChannelCatalog value);

	/**
	 * Returns the value of the '<em><b>Listening</b></em>' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Listening</em>' containment reference.
	 * @see #setListening(Listening)
	 * @see org.parley.model.ParleyPackage#getPlan_Listening()
	 * @model containment="true" resolveProxies="true" transient="true"
	 * @generated
	 */
	Listening getListening();

	/**
	 * Sets the value of the '{@link org.parley.model.Plan#getListening <em>Listening</em>}' containment reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Listening</em>' containment reference.
	 * @see #getListening()
	 * @generated
	 */
	void setListening(Listening value);

	/**
	 * Returns the value of the '<em><b>Schedules</b></em>' containment reference list.
	 * The list contents are of type {@link org.parley.model.Schedule}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * One schedule per calendar month that has content, plus the backlog.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Schedules</em>' containment reference list.
	 * @see org.parley.model.ParleyPackage#getPlan_Schedules()
	 * @model containment="true" resolveProxies="true" transient="true"
	 * @generated
	 */
	EList<Schedule> getSchedules();

} // Plan
