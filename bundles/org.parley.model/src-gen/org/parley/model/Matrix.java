/**
 */
package org.parley.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Matrix</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The conversation matrix: one cell per team and customer group that talk to each other.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.Matrix#getCells <em>Cells</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getMatrix()
 * @model
 * @generated
 */
public interface Matrix extends ModelFile {
	/**
	 * Returns the value of the '<em><b>Cells</b></em>' containment reference list.
	 * The list contents are of type {@link org.parley.model.ConversationCell}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Cells</em>' containment reference list.
	 * @see org.parley.model.ParleyPackage#getMatrix_Cells()
	 * @model containment="true"
	 * @generated
	 */
	EList<ConversationCell> getCells();

} // Matrix
