/**
 */
package org.parley.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Conversation Cell</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * How one team talks with one customer group: about which topics, on which channels, to what end, and measured how.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.ConversationCell#getTeam <em>Team</em>}</li>
 *   <li>{@link org.parley.model.ConversationCell#getCustomerGroup <em>Customer Group</em>}</li>
 *   <li>{@link org.parley.model.ConversationCell#getTopics <em>Topics</em>}</li>
 *   <li>{@link org.parley.model.ConversationCell#getGoal <em>Goal</em>}</li>
 *   <li>{@link org.parley.model.ConversationCell#getTone <em>Tone</em>}</li>
 *   <li>{@link org.parley.model.ConversationCell#getChannels <em>Channels</em>}</li>
 *   <li>{@link org.parley.model.ConversationCell#getKpis <em>Kpis</em>}</li>
 *   <li>{@link org.parley.model.ConversationCell#getOwner <em>Owner</em>}</li>
 *   <li>{@link org.parley.model.ConversationCell#getPriority <em>Priority</em>}</li>
 *   <li>{@link org.parley.model.ConversationCell#getNotes <em>Notes</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getConversationCell()
 * @model
 * @generated
 */
public interface ConversationCell extends Identified {
	/**
	 * Returns the value of the '<em><b>Team</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Team</em>' reference.
	 * @see #setTeam(Team)
	 * @see org.parley.model.ParleyPackage#getConversationCell_Team()
	 * @model
	 * @generated
	 */
	Team getTeam();

	/**
	 * Sets the value of the '{@link org.parley.model.ConversationCell#getTeam <em>Team</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Team</em>' reference.
	 * @see #getTeam()
	 * @generated
	 */
	void setTeam(Team value);

	/**
	 * Returns the value of the '<em><b>Customer Group</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Customer Group</em>' reference.
	 * @see #setCustomerGroup(CustomerGroup)
	 * @see org.parley.model.ParleyPackage#getConversationCell_CustomerGroup()
	 * @model
	 * @generated
	 */
	CustomerGroup getCustomerGroup();

	/**
	 * Sets the value of the '{@link org.parley.model.ConversationCell#getCustomerGroup <em>Customer Group</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Customer Group</em>' reference.
	 * @see #getCustomerGroup()
	 * @generated
	 */
	void setCustomerGroup(CustomerGroup value);

	/**
	 * Returns the value of the '<em><b>Topics</b></em>' reference list.
	 * The list contents are of type {@link org.parley.model.Topic}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Topics</em>' reference list.
	 * @see org.parley.model.ParleyPackage#getConversationCell_Topics()
	 * @model
	 * @generated
	 */
	EList<Topic> getTopics();

	/**
	 * Returns the value of the '<em><b>Goal</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Goal</em>' attribute.
	 * @see #setGoal(String)
	 * @see org.parley.model.ParleyPackage#getConversationCell_Goal()
	 * @model
	 * @generated
	 */
	String getGoal();

	/**
	 * Sets the value of the '{@link org.parley.model.ConversationCell#getGoal <em>Goal</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Goal</em>' attribute.
	 * @see #getGoal()
	 * @generated
	 */
	void setGoal(String value);

	/**
	 * Returns the value of the '<em><b>Tone</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Tone</em>' attribute.
	 * @see #setTone(String)
	 * @see org.parley.model.ParleyPackage#getConversationCell_Tone()
	 * @model
	 * @generated
	 */
	String getTone();

	/**
	 * Sets the value of the '{@link org.parley.model.ConversationCell#getTone <em>Tone</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Tone</em>' attribute.
	 * @see #getTone()
	 * @generated
	 */
	void setTone(String value);

	/**
	 * Returns the value of the '<em><b>Channels</b></em>' reference list.
	 * The list contents are of type {@link org.parley.model.Channel}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Channels</em>' reference list.
	 * @see org.parley.model.ParleyPackage#getConversationCell_Channels()
	 * @model
	 * @generated
	 */
	EList<Channel> getChannels();

	/**
	 * Returns the value of the '<em><b>Kpis</b></em>' reference list.
	 * The list contents are of type {@link org.parley.model.Kpi}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kpis</em>' reference list.
	 * @see org.parley.model.ParleyPackage#getConversationCell_Kpis()
	 * @model
	 * @generated
	 */
	EList<Kpi> getKpis();

	/**
	 * Returns the value of the '<em><b>Owner</b></em>' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The member who answers for this cell.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Owner</em>' reference.
	 * @see #setOwner(Member)
	 * @see org.parley.model.ParleyPackage#getConversationCell_Owner()
	 * @model
	 * @generated
	 */
	Member getOwner();

	/**
	 * Sets the value of the '{@link org.parley.model.ConversationCell#getOwner <em>Owner</em>}' reference.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Owner</em>' reference.
	 * @see #getOwner()
	 * @generated
	 */
	void setOwner(Member value);

	/**
	 * Returns the value of the '<em><b>Priority</b></em>' attribute.
	 * The default value is <code>"MEDIUM"</code>.
	 * The literals are from the enumeration {@link org.parley.model.Priority}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Priority</em>' attribute.
	 * @see org.parley.model.Priority
	 * @see #setPriority(Priority)
	 * @see org.parley.model.ParleyPackage#getConversationCell_Priority()
	 * @model default="MEDIUM"
	 * @generated
	 */
	Priority getPriority();

	/**
	 * Sets the value of the '{@link org.parley.model.ConversationCell#getPriority <em>Priority</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Priority</em>' attribute.
	 * @see org.parley.model.Priority
	 * @see #getPriority()
	 * @generated
	 */
	void setPriority(Priority value);

	/**
	 * Returns the value of the '<em><b>Notes</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Notes</em>' attribute.
	 * @see #setNotes(String)
	 * @see org.parley.model.ParleyPackage#getConversationCell_Notes()
	 * @model
	 * @generated
	 */
	String getNotes();

	/**
	 * Sets the value of the '{@link org.parley.model.ConversationCell#getNotes <em>Notes</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Notes</em>' attribute.
	 * @see #getNotes()
	 * @generated
	 */
	void setNotes(String value);

} // ConversationCell
