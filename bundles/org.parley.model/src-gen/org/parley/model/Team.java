/**
 */
package org.parley.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Team</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A team of the brand that takes part in conversations.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.Team#getFunction <em>Function</em>}</li>
 *   <li>{@link org.parley.model.Team#getMembers <em>Members</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getTeam()
 * @model
 * @generated
 */
public interface Team extends Named {
	/**
	 * Returns the value of the '<em><b>Function</b></em>' attribute.
	 * The default value is <code>"MARKETING"</code>.
	 * The literals are from the enumeration {@link org.parley.model.TeamFunction}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Function</em>' attribute.
	 * @see org.parley.model.TeamFunction
	 * @see #setFunction(TeamFunction)
	 * @see org.parley.model.ParleyPackage#getTeam_Function()
	 * @model default="MARKETING"
	 * @generated
	 */
	TeamFunction getFunction();

	/**
	 * Sets the value of the '{@link org.parley.model.Team#getFunction <em>Function</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Function</em>' attribute.
	 * @see org.parley.model.TeamFunction
	 * @see #getFunction()
	 * @generated
	 */
	void setFunction(TeamFunction value);

	/**
	 * Returns the value of the '<em><b>Members</b></em>' containment reference list.
	 * The list contents are of type {@link org.parley.model.Member}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Members</em>' containment reference list.
	 * @see org.parley.model.ParleyPackage#getTeam_Members()
	 * @model containment="true"
	 * @generated
	 */
	EList<Member> getMembers();

} // Team
