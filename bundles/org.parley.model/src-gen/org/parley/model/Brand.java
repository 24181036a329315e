/**
 */
package org.parley.model;

import org.eclipse.emf.common.util.EList;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Brand</b></em>'.
 * <!-- end-user-doc -->
 *
 * <!-- begin-model-doc -->
 * A brand that the plan speaks for or listens for: our own, a competitor, a partner or a sponsorship.
 * <!-- end-model-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.parley.model.Brand#getKind <em>Kind</em>}</li>
 *   <li>{@link org.parley.model.Brand#getAliases <em>Aliases</em>}</li>
 *   <li>{@link org.parley.model.Brand#getHandles <em>Handles</em>}</li>
 *   <li>{@link org.parley.model.Brand#getDescription <em>Description</em>}</li>
 *   <li>{@link org.parley.model.Brand#getProducts <em>Products</em>}</li>
 * </ul>
 *
 * @see org.parley.model.ParleyPackage#getBrand()
 * @model
 * @generated
 */
public interface Brand extends Named {
	/**
	 * Returns the value of the '<em><b>Kind</b></em>' attribute.
	 * The default value is <code>"OWN"</code>.
	 * The literals are from the enumeration {@link org.parley.model.BrandKind}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Kind</em>' attribute.
	 * @see org.parley.model.BrandKind
	 * @see #setKind(BrandKind)
	 * @see org.parley.model.ParleyPackage#getBrand_Kind()
	 * @model default="OWN"
	 * @generated
	 */
	BrandKind getKind();

	/**
	 * Sets the value of the '{@link org.parley.model.Brand#getKind <em>Kind</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Kind</em>' attribute.
	 * @see org.parley.model.BrandKind
	 * @see #getKind()
	 * @generated
	 */
	void setKind(BrandKind value);

	/**
	 * Returns the value of the '<em><b>Aliases</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * Other spellings people use for the brand, which listening also matches.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Aliases</em>' attribute list.
	 * @see org.parley.model.ParleyPackage#getBrand_Aliases()
	 * @model
	 * @generated
	 */
	EList<String> getAliases();

	/**
	 * Returns the value of the '<em><b>Handles</b></em>' attribute list.
	 * The list contents are of type {@link java.lang.String}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * <!-- begin-model-doc -->
	 * The brand's account handles on the networks, such as <code>@parley</code>.
	 * <!-- end-model-doc -->
	 * @return the value of the '<em>Handles</em>' attribute list.
	 * @see org.parley.model.ParleyPackage#getBrand_Handles()
	 * @model
	 * @generated
	 */
	EList<String> getHandles();

	/**
	 * Returns the value of the '<em><b>Description</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Description</em>' attribute.
	 * @see #setDescription(String)
	 * @see org.parley.model.ParleyPackage#getBrand_Description()
	 * @model
	 * @generated
	 */
	String getDescription();

	/**
	 * Sets the value of the '{@link org.parley.model.Brand#getDescription <em>Description</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Description</em>' attribute.
	 * @see #getDescription()
	 * @generated
	 */
	void setDescription(String value);

	/**
	 * Returns the value of the '<em><b>Products</b></em>' containment reference list.
	 * The list contents are of type {@link org.parley.model.Product}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Products</em>' containment reference list.
	 * @see org.parley.model.ParleyPackage#getBrand_Products()
	 * @model containment="true"
	 * @generated
	 */
	EList<Product> getProducts();

} // Brand
