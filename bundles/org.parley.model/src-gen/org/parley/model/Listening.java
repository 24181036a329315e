/**
 */
package org.parley.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Listening</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * What the listening crawler fetches, and what it looks for in what it fetched.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.Listening#getSources <em>Sources</em>}</li>
 *   <li>{@link org.parley.model.Listening#getQueries <em>Queries</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getListening()
 * @model
 * @generated
 */
public interface Listening extends ModelFile {
	/**
	 * Returns the value of the '<em><b>Sources</b></em>' containment reference list.
	 * The list contents are of type {@link org.parley.model.ListeningSource}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Sources</em>' containment reference list.
	 * @see org.parley.model.ParleyPackage#getListening_Sources()
	 * @model containment="true"
	 * @generated
	 */
	EList<ListeningSource> getSources();

	/**
	 * Returns the value of the '<em><b>Queries</b></em>' containment reference list.
	 * The list contents are of type {@link org.parley.model.ListeningQuery}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Queries</em>' containment reference list.
	 * @see org.parley.model.ParleyPackage#getListening_Queries()
	 * @model containment="true"
	 * @generated
	 */
	EList<ListeningQuery> getQueries();

} // Listening
