/**
 */
package org.parley.model.impl;

import java.util.Collection;

import org.eclipse.emf.common.notify.Notification;

import org.eclipse.emf.common.util.EList;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.InternalEObject;

import org.eclipse.emf.ecore.impl.ENotificationImpl;

import org.eclipse.emf.ecore.util.EObjectResolvingEList;

import org.parley.model.Channel;
import org.parley.model.ConversationCell;
import org.parley.model.CustomerGroup;
import org.parley.model.Kpi;
import org.parley.model.Member;
import org.parley.model.ParleyPackage;
import org.parley.model.Priority;
import org.parley.model.Team;
import org.parley.model.Topic;

/**
 * <!-- begin-user-doc -->
 * An implementation of the model object '<em><b>Conversation Cell</b></em>'.
 * <!-- end-user-doc -->
 * <p>
 * The following features are implemented:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.impl.ConversationCellImpl#getTeam <em>Team</em>}</li>
 *   <li>{@link org.parley.model.impl.ConversationCellImpl#getCustomerGroup <em>Customer Group</em>}</li>
 *   <li>{@link org.parley.model.impl.ConversationCellImpl#getTopics <em>Topics</em>}</li>
 *   <li>{@link org.parley.model.impl.ConversationCellImpl#getGoal <em>Goal</em>}</li>
 *   <li>{@link org.parley.model.impl.ConversationCellImpl#getTone <em>Tone</em>}</li>
 *   <li>{@link org.parley.model.impl.ConversationCellImpl#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.parley.model.impl.ConversationCellImpl#getKpis <em>Kpis</em>}</li>
 *   <li>{@link org.parley.model.impl.ConversationCellImpl#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.parley.model.impl.ConversationCellImpl#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.parley.model.impl.ConversationCellImpl#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @generated
 */
public class ConversationCellImpl extends IdentifiedImpl implements ConversationCell {
	/**
	 * The cached value of the '{@link #getTeam() <em>Team</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTeam()
	 * @generated
	 * @ordered
	 */
	protected Team team;

	/**
	 * The cached value of the '{@link #getCustomerGroup() <em>Customer Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getCustomerGroup()
	 * @generated
	 * @ordered
	 */
	protected CustomerGroup customerGroup;

	/**
	 * The cached value of the '{@link #getTopics() <em>Topics</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getTopics()
	 * @generated
	 * @ordered
	 */
	protected EList<Topic> topics;

	/**
	 * The default value of the '{@link #getGoal() <em>Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoal()
	 * @generated
	 * @ordered
	 */
	protected static final String GOAL_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getGoal() <em>Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getGoal()
	 * @generated
	 * @ordered
	 */
	protected String goal = GOAL_EDEFAULT;

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
	 * The cached value of the '{@link #getChannels() <em>Channels</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getChannels()
	 * @generated
	 * @ordered
	 */
	protected EList<Channel> channels;

	/**
	 * The cached value of the '{@link #getKpis() <em>Kpis</em>}' reference list.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getKpis()
	 * @generated
	 * @ordered
	 */
	protected EList<Kpi> kpis;

	/**
	 * The cached value of the '{@link #getOwner() <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getOwner()
	 * @generated
	 * @ordered
	 */
	protected Member owner;

	/**
	 * The default value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected static final Priority PRIORITY_EDEFAULT = Priority.MEDIUM;

	/**
	 * The cached value of the '{@link #getPriority() <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getPriority()
	 * @generated
	 * @ordered
	 */
	protected Priority priority = PRIORITY_EDEFAULT;

	/**
	 * The default value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected static final String NOTES_EDEFAULT = null;

	/**
	 * The cached value of the '{@link #getNotes() <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #getNotes()
	 * @generated
	 * @ordered
	 */
	protected String notes = NOTES_EDEFAULT;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	protected ConversationCellImpl() {
		super();
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	protected EClass eStaticClass() {
		return ParleyPackage.Literals.CONVERSATION_CELL;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Team getTeam() {
		if (team != null && team.eIsProxy()) {
			InternalEObject oldTeam = (InternalEObject)team;
			team = (Team)eResolveProxy(oldTeam);
			if (team != oldTeam) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ParleyPackage.CONVERSATION_CELL__TEAM, oldTeam, team));
			}
		}
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Team basicGetTeam() {
		return team;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setTeam(Team newTeam) {
		Team oldTeam = team;
		team = newTeam;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CONVERSATION_CELL__TEAM, oldTeam, team));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public CustomerGroup getCustomerGroup() {
		if (customerGroup != null && customerGroup.eIsProxy()) {
			InternalEObject oldCustomerGroup = (InternalEObject)customerGroup;
			customerGroup = (CustomerGroup)eResolveProxy(oldCustomerGroup);
			if (customerGroup != oldCustomerGroup) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ParleyPackage.CONVERSATION_CELL__CUSTOMER_GROUP, oldCustomerGroup, customerGroup));
			}
		}
		return customerGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public CustomerGroup basicGetCustomerGroup() {
		return customerGroup;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setCustomerGroup(CustomerGroup newCustomerGroup) {
		CustomerGroup oldCustomerGroup = customerGroup;
		customerGroup = newCustomerGroup;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CONVERSATION_CELL__CUSTOMER_GROUP, oldCustomerGroup, customerGroup));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Topic> getTopics() {
		if (topics == null) {
			topics = new EObjectResolvingEList<Topic>(Topic.class, this, ParleyPackage.CONVERSATION_CELL__TOPICS);
		}
		return topics;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getGoal() {
		return goal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setGoal(String newGoal) {
		String oldGoal = goal;
		goal = newGoal;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CONVERSATION_CELL__GOAL, oldGoal, goal));
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
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CONVERSATION_CELL__TONE, oldTone, tone));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Channel> getChannels() {
		if (channels == null) {
			channels = new EObjectResolvingEList<Channel>(Channel.class, this, ParleyPackage.CONVERSATION_CELL__CHANNELS);
		}
		return channels;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public EList<Kpi> getKpis() {
		if (kpis == null) {
			kpis = new EObjectResolvingEList<Kpi>(Kpi.class, this, ParleyPackage.CONVERSATION_CELL__KPIS);
		}
		return kpis;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Member getOwner() {
		if (owner != null && owner.eIsProxy()) {
			InternalEObject oldOwner = (InternalEObject)owner;
			owner = (Member)eResolveProxy(oldOwner);
			if (owner != oldOwner) {
				if (eNotificationRequired())
					eNotify(new ENotificationImpl(this, Notification.RESOLVE, ParleyPackage.CONVERSATION_CELL__OWNER, oldOwner, owner));
			}
		}
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public Member basicGetOwner() {
		return owner;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setOwner(Member newOwner) {
		Member oldOwner = owner;
		owner = newOwner;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CONVERSATION_CELL__OWNER, oldOwner, owner));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Priority getPriority() {
		return priority;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setPriority(Priority newPriority) {
		Priority oldPriority = priority;
		priority = newPriority == null ? PRIORITY_EDEFAULT : newPriority;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CONVERSATION_CELL__PRIORITY, oldPriority, priority));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getNotes() {
		return notes;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public void setNotes(String newNotes) {
		String oldNotes = notes;
		notes = newNotes;
		if (eNotificationRequired())
			eNotify(new ENotificationImpl(this, Notification.SET, ParleyPackage.CONVERSATION_CELL__NOTES, oldNotes, notes));
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public Object eGet(int featureID, boolean resolve, boolean coreType) {
		switch (featureID) {
			case ParleyPackage.CONVERSATION_CELL__TEAM:
				if (resolve) return getTeam();
				return basicGetTeam();
			case ParleyPackage.CONVERSATION_CELL__CUSTOMER_GROUP:
				if (resolve) return getCustomerGroup();
				return basicGetCustomerGroup();
			case ParleyPackage.CONVERSATION_CELL__TOPICS:
				return getTopics();
			case ParleyPackage.CONVERSATION_CELL__GOAL:
				return getGoal();
			case ParleyPackage.CONVERSATION_CELL__TONE:
				return getTone();
			case ParleyPackage.CONVERSATION_CELL__CHANNELS:
				return getChannels();
			case ParleyPackage.CONVERSATION_CELL__KPIS:
				return getKpis();
			case ParleyPackage.CONVERSATION_CELL__OWNER:
				if (resolve) return getOwner();
				return basicGetOwner();
			case ParleyPackage.CONVERSATION_CELL__PRIORITY:
				return getPriority();
			case ParleyPackage.CONVERSATION_CELL__NOTES:
				return getNotes();
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
			case ParleyPackage.CONVERSATION_CELL__TEAM:
				setTeam((Team)newValue);
				return;
			case ParleyPackage.CONVERSATION_CELL__CUSTOMER_GROUP:
				setCustomerGroup((CustomerGroup)newValue);
				return;
			case ParleyPackage.CONVERSATION_CELL__TOPICS:
				getTopics().clear();
				getTopics().addAll((Collection<? extends Topic>)newValue);
				return;
			case ParleyPackage.CONVERSATION_CELL__GOAL:
				setGoal((String)newValue);
				return;
			case ParleyPackage.CONVERSATION_CELL__TONE:
				setTone((String)newValue);
				return;
			case ParleyPackage.CONVERSATION_CELL__CHANNELS:
				getChannels().clear();
				getChannels().addAll((Collection<? extends Channel>)newValue);
				return;
			case ParleyPackage.CONVERSATION_CELL__KPIS:
				getKpis().clear();
				getKpis().addAll((Collection<? extends Kpi>)newValue);
				return;
			case ParleyPackage.CONVERSATION_CELL__OWNER:
				setOwner((Member)newValue);
				return;
			case ParleyPackage.CONVERSATION_CELL__PRIORITY:
				setPriority((Priority)newValue);
				return;
			case ParleyPackage.CONVERSATION_CELL__NOTES:
				setNotes((String)newValue);
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
			case ParleyPackage.CONVERSATION_CELL__TEAM:
				setTeam((Team)null);
				return;
			case ParleyPackage.CONVERSATION_CELL__CUSTOMER_GROUP:
				setCustomerGroup((CustomerGroup)null);
				return;
			case ParleyPackage.CONVERSATION_CELL__TOPICS:
				getTopics().clear();
				return;
			case ParleyPackage.CONVERSATION_CELL__GOAL:
				setGoal(GOAL_EDEFAULT);
				return;
			case ParleyPackage.CONVERSATION_CELL__TONE:
				setTone(TONE_EDEFAULT);
				return;
			case ParleyPackage.CONVERSATION_CELL__CHANNELS:
				getChannels().clear();
				return;
			case ParleyPackage.CONVERSATION_CELL__KPIS:
				getKpis().clear();
				return;
			case ParleyPackage.CONVERSATION_CELL__OWNER:
				setOwner((Member)null);
				return;
			case ParleyPackage.CONVERSATION_CELL__PRIORITY:
				setPriority(PRIORITY_EDEFAULT);
				return;
			case ParleyPackage.CONVERSATION_CELL__NOTES:
				setNotes(NOTES_EDEFAULT);
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
			case ParleyPackage.CONVERSATION_CELL__TEAM:
				return team != null;
			case ParleyPackage.CONVERSATION_CELL__CUSTOMER_GROUP:
				return customerGroup != null;
			case ParleyPackage.CONVERSATION_CELL__TOPICS:
				return topics != null && !topics.isEmpty();
			case ParleyPackage.CONVERSATION_CELL__GOAL:
				return GOAL_EDEFAULT == null ? goal != null : !GOAL_EDEFAULT.equals(goal);
			case ParleyPackage.CONVERSATION_CELL__TONE:
				return TONE_EDEFAULT == null ? tone != null : !TONE_EDEFAULT.equals(tone);
			case ParleyPackage.CONVERSATION_CELL__CHANNELS:
				return channels != null && !channels.isEmpty();
			case ParleyPackage.CONVERSATION_CELL__KPIS:
				return kpis != null && !kpis.isEmpty();
			case ParleyPackage.CONVERSATION_CELL__OWNER:
				return owner != null;
			case ParleyPackage.CONVERSATION_CELL__PRIORITY:
				return priority != PRIORITY_EDEFAULT;
			case ParleyPackage.CONVERSATION_CELL__NOTES:
				return NOTES_EDEFAULT == null ? notes != null : !NOTES_EDEFAULT.equals(notes);
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
		result.append(" (goal: ");
		result.append(goal);
		result.append(", tone: ");
		result.append(tone);
		result.append(", priority: ");
		result.append(priority);
		result.append(", notes: ");
		result.append(notes);
		result.append(')');
		return result.toString();
	}

} //ConversationCellImpl
