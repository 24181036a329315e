/**
 */
package org.parley.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Product</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A product or service of a brand.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.Product#getAliases <em>Aliases</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getProduct()
 * @model
 * @generated
 */
public interface Product extends Named {
	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see org.parley.model.ParleyPackage#getProduct_Aliases()
	 * @model
	 * @generated
	 */
	EList<String> getAliases();

} // Product
