/**
 */
package org.parley.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Strategy</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * Who speaks, to whom, about what, and how success is measured.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.Strategy#getBrands <em>Brands</em>}</li>
 *   <li>{@link org.parley.model.Strategy#getTeams <em>Teams</em>}</li>
 *   <li>{@link org.parley.model.Strategy#getCustomerGroups <em>Customer Groups</em>}</li>
 *   <li>{@link org.parley.model.Strategy#getTopics <em>Topics</em>}</li>
 *   <li>{@link org.parley.model.Strategy#getContentCategories <em>Content Categories</em>}</li>
 *   <li>{@link org.parley.model.Strategy#getKpis <em>Kpis</em>}</li>
 *   <li>{@link org.parley.model.Strategy#getCampaigns <em>Campaigns</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getStrategy()
 * @model
 * @generated
 */
public interface Strategy extends ModelFile {
	/**
	 * Returns the value of the '<em><b>Brands</b></em>' containment reference list.
	 * The list contents are of type {@link org.parley.model.Brand}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Brands</em>' containment reference list.
	 * @see org.parley.model.ParleyPackage#getStrategy_Brands()
	 * @model containment="true"
	 * @generated
	 */
	EList<Brand> getBrands();

	/**
	 * Returns the value of the '<em><b>Teams</b></em>' containment reference list.
	 * The list contents are of type {@link org.parley.model.Team}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Teams</em>' containment reference list.
	 * @see org.parley.model.ParleyPackage#getStrategy_Teams()
	 * @model containment="true"
	 * @generated
	 */
	EList<Team> getTeams();

	/**
	 * Returns the value of the '<em><b>Customer Groups</b></em>' containment reference list.
	 * The list contents are of type {@link org.parley.model.CustomerGroup}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer Groups</em>' containment reference list.
	 * @see org.parley.model.ParleyPackage#getStrategy_CustomerGroups()
	 * @model containment="true"
	 * @generated
	 */
	EList<CustomerGroup> getCustomerGroups();

	/**
	 * Returns the value of the '<em><b>Topics</b></em>' containment reference list.
	 * The list contents are of type {@link org.parley.model.Topic}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topics</em>' containment reference list.
	 * @see org.parley.model.ParleyPackage#getStrategy_Topics()
	 * @model containment="true"
	 * @generated
	 */
	EList<Topic> getTopics();

	/**
	 * Returns the value of the '<em><b>Content Categories</b></em>' containment reference list.
	 * The list contents are of type {@link org.parley.model.ContentCategory}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Content Categories</em>' containment reference list.
	 * @see org.parley.model.ParleyPackage#getStrategy_ContentCategories()
	 * @model containment="true"
	 * @generated
	 */
	EList<ContentCategory> getContentCategories();

	/**
	 * Returns the value of the '<em><b>Kpis</b></em>' containment reference list.
	 * The list contents are of type {@link org.parley.model.Kpi}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kpis</em>' containment reference list.
	 * @see org.parley.model.ParleyPackage#getStrategy_Kpis()
	 * @model containment="true"
	 * @generated
	 */
	EList<Kpi> getKpis();

	/**
	 * Returns the value of the '<em><b>Campaigns</b></em>' containment reference list.
	 * The list contents are of type {@link org.parley.model.Campaign}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Campaigns</em>' containment reference list.
	 * @see org.parley.model.ParleyPackage#getStrategy_Campaigns()
	 * @model containment="true"
	 * @generated
	 */
	EList<Campaign> getCampaigns();

} // Strategy
