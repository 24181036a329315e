/**
 */
package org.parley.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.NotificationChain;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.util.EObjectContainmentEList;
import org.eclipse.emf.ecore.util.InternalEList;

import org.parley.model.Brand;
import org.parley.model.Campaign;
import org.parley.model.ContentCategory;
import org.parley.model.CustomerGroup;
import org.parley.model.Kpi;
import org.parley.model.ParleyPackage;
import org.parley.model.Strategy;
import org.parley.model.Team;
import org.parley.model.Topic;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Strategy</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.impl.StrategyImpl#getBrands <em>Brands</em>}</li>
 *   <li>{@link org.parley.model.impl.StrategyImpl#getTeams <em>Teams</em>}</li>
 *   <li>{@link org.parley.model.impl.StrategyImpl#getCustomerGroups <em>Customer Groups</em>}</li>
 *   <li>{@link org.parley.model.impl.StrategyImpl#getTopics <em>Topics</em>}</li>
 *   <li>{@link org.parley.model.impl.StrategyImpl#getContentCategories <em>Content Categories</em>}</li>
 *   <li>{@link org.parley.model.impl.StrategyImpl#getKpis <em>Kpis</em>}</li>
 *   <li>{@link org.parley.model.impl.StrategyImpl#getCampaigns <em>Campaigns</em>}</li>
 * </ul>
 *
 * @generated
 */
public class StrategyImpl extends ModelFileImpl implements Strategy {
	/**
	 * The cached value of the '{@link #getBrands() <em>Brands</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getBrands()
	 * @generated
	 * @ordered
	 */
	protected EList<Brand> brands;

	/**
	 * The cached value of the '{@link #getTeams() <em>Teams</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeams()
	 * @generated
	 * @ordered
	 */
	protected EList<Team> teams;

	/**
	 * The cached value of the '{@link #getCustomerGroups() <em>Customer Groups</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerGroups()
	 * @generated
	 * @ordered
	 */
	protected EList<CustomerGroup> customerGroups;

	/**
	 * The cached value of the '{@link #getTopics() <em>Topics</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopics()
	 * @generated
	 * @ordered
	 */
	protected EList<Topic> topics;

	/**
	 * The cached value of the '{@link #getContentCategories() <em>Content Categories</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getContentCategories()
	 * @generated
	 * @ordered
	 */
	protected EList<ContentCategory> contentCategories;

	/**
	 * The cached value of the '{@link #getKpis() <em>Kpis</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpis()
	 * @generated
	 * @ordered
	 */
	protected EList<Kpi> kpis;

	/**
	 * The cached value of the '{@link #getCampaigns() <em>Campaigns</em>}' containment reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCampaigns()
	 * @generated
	 * @ordered
	 */
	protected EList<Campaign> campaigns;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected StrategyImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ParleyPackage.Literals.STRATEGY;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Brand> getBrands() {
		if (brands == null) {
			brands = new EObjectContainmentEList<Brand>(Brand.class, this, ParleyPackage.STRATEGY__BRANDS);
		}
		return brands;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Team> getTeams() {
		if (teams == null) {
			teams = new EObjectContainmentEList<Team>(Team.class, this, ParleyPackage.STRATEGY__TEAMS);
		}
		return teams;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<CustomerGroup> getCustomerGroups() {
		if (customerGroups == null) {
			customerGroups = new EObjectContainmentEList<CustomerGroup>(CustomerGroup.class, this, ParleyPackage.STRATEGY__CUSTOMER_GROUPS);
		}
		return customerGroups;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Topic> getTopics() {
		if (topics == null) {
			topics = new EObjectContainmentEList<Topic>(Topic.class, this, ParleyPackage.STRATEGY__TOPICS);
		}
		return topics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<ContentCategory> getContentCategories() {
		if (contentCategories == null) {
			contentCategories = new EObjectContainmentEList<ContentCategory>(ContentCategory.class, this, ParleyPackage.STRATEGY__CONTENT_CATEGORIES);
		}
		return contentCategories;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Kpi> getKpis() {
		if (kpis == null) {
			kpis = new EObjectContainmentEList<Kpi>(Kpi.class, this, ParleyPackage.STRATEGY__KPIS);
		}
		return kpis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Campaign> getCampaigns() {
		if (campaigns == null) {
			campaigns = new EObjectContainmentEList<Campaign>(Campaign.class, this, ParleyPackage.STRATEGY__CAMPAIGNS);
		}
		return campaigns;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public NotificationChain eInverseRemove(InternalEObject otherEnd, int featureID, NotificationChain msgs) {
		switch (featureID) {
			case ParleyPackage.STRATEGY__BRANDS:
				return ((InternalEList<?>)getBrands()).basicRemove(otherEnd, msgs);
			case ParleyPackage.STRATEGY__TEAMS:
				return ((InternalEList<?>)getTeams()).basicRemove(otherEnd, msgs);
			case ParleyPackage.STRATEGY__CUSTOMER_GROUPS:
				return ((InternalEList<?>)getCustomerGroups()).basicRemove(otherEnd, msgs);
			case ParleyPackage.STRATEGY__TOPICS:
				return ((InternalEList<?>)getTopics()).basicRemove(otherEnd, msgs);
			case ParleyPackage.STRATEGY__CONTENT_CATEGORIES:
				return ((InternalEList<?>)getContentCategories()).basicRemove(otherEnd, msgs);
			case ParleyPackage.STRATEGY__KPIS:
				return ((InternalEList<?>)getKpis()).basicRemove(otherEnd, msgs);
			case ParleyPackage.STRATEGY__CAMPAIGNS:
				return ((InternalEList<?>)getCampaigns()).basicRemove(otherEnd, msgs);
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
			case ParleyPackage.STRATEGY__BRANDS:
				return getBrands();
			case ParleyPackage.STRATEGY__TEAMS:
				return getTeams();
			case ParleyPackage.STRATEGY__CUSTOMER_GROUPS:
				return getCustomerGroups();
			case ParleyPackage.STRATEGY__TOPICS:
				return getTopics();
			case ParleyPackage.STRATEGY__CONTENT_CATEGORIES:
				return getContentCategories();
			case ParleyPackage.STRATEGY__KPIS:
				return getKpis();
			case ParleyPackage.STRATEGY__CAMPAIGNS:
				return getCampaigns();
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
			case ParleyPackage.STRATEGY__BRANDS:
				getBrands().clear();
				getBrands().addAll((Collection<? extends Brand>)newValue);
				return;
			case ParleyPackage.STRATEGY__TEAMS:
				getTeams().clear();
				getTeams().addAll((Collection<? extends Team>)newValue);
				return;
			case ParleyPackage.STRATEGY__CUSTOMER_GROUPS:
				getCustomerGroups().clear();
				getCustomerGroups().addAll((Collection<? extends CustomerGroup>)newValue);
				return;
			case ParleyPackage.STRATEGY__TOPICS:
				getTopics().clear();
				getTopics().addAll((Collection<? extends Topic>)newValue);
				return;
			case ParleyPackage.STRATEGY__CONTENT_CATEGORIES:
				getContentCategories().clear();
				getContentCategories().addAll((Collection<? extends ContentCategory>)newValue);
				return;
			case ParleyPackage.STRATEGY__KPIS:
				getKpis().clear();
				getKpis().addAll((Collection<? extends Kpi>)newValue);
				return;
			case ParleyPackage.STRATEGY__CAMPAIGNS:
				getCampaigns().clear();
				getCampaigns().addAll((Collection<? extends Campaign>)newValue);
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
			case ParleyPackage.STRATEGY__BRANDS:
				getBrands().clear();
				return;
			case ParleyPackage.STRATEGY__TEAMS:
				getTeams().clear();
				return;
			case ParleyPackage.STRATEGY__CUSTOMER_GROUPS:
				getCustomerGroups().clear();
				return;
			case ParleyPackage.STRATEGY__TOPICS:
				getTopics().clear();
				return;
			case ParleyPackage.STRATEGY__CONTENT_CATEGORIES:
				getContentCategories().clear();
				return;
			case ParleyPackage.STRATEGY__KPIS:
				getKpis().clear();
				return;
			case ParleyPackage.STRATEGY__CAMPAIGNS:
				getCampaigns().clear();
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
			case ParleyPackage.STRATEGY__BRANDS:
				return brands != null && !brands.isEmpty();
			case ParleyPackage.STRATEGY__TEAMS:
				return teams != null && !teams.isEmpty();
			case ParleyPackage.STRATEGY__CUSTOMER_GROUPS:
				return customerGroups != null && !customerGroups.isEmpty();
			case ParleyPackage.STRATEGY__TOPICS:
				return topics != null && !topics.isEmpty();
			case ParleyPackage.STRATEGY__CONTENT_CATEGORIES:
				return contentCategories != null && !contentCategories.isEmpty();
			case ParleyPackage.STRATEGY__KPIS:
				return kpis != null && !kpis.isEmpty();
			case ParleyPackage.STRATEGY__CAMPAIGNS:
				return campaigns != null && !campaigns.isEmpty();
		}
		return super.eIsSet(featureID);
	}

} //StrategyImpl
