/**
 */
package org.parley.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Model File</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * The root of one stored file.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.ModelFile#getConflicts <em>Conflicts</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getModelFile()
 * @model abstract="true"
 * @generated
 */
public interface ModelFile extends Identified {
	/**
	 * Returns the value of the '<em><b>Conflicts</b></em>' containment reference list.
	 * The list contents are of type {@link org.parley.model.MergeConflict}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Merge conflicts left in this file, kept in the model so that the file still loads and the user can resolve them.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Conflicts</em>' containment reference list.
	 * @see org.parley.model.ParleyPackage#getModelFile_Conflicts()
	 * @model containment="true"
	 * @generated
	 */
	EList<MergeConflict> getConflicts();

} // ModelFile
