/**
 */
package org.parley.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Team Function</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.parley.model.ParleyPackage#getTeamFunction()
 * @model
 * @generated
 */
public enum TeamFunction implements Enumerator {
	/**
	 * The '<em><b>MARKETING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKETING_VALUE
	 * @generated
	 * @ordered
	 */
	MARKETING(0, "MARKETING", "MARKETING"),

	/**
	 * The '<em><b>CUSTOMER SERVICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_SERVICE_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER_SERVICE(1, "CUSTOMER_SERVICE", "CUSTOMER_SERVICE"),

	/**
	 * The '<em><b>PRODUCT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCT_VALUE
	 * @generated
	 * @ordered
	 */
	PRODUCT(2, "PRODUCT", "PRODUCT"),

	/**
	 * The '<em><b>HR RECRUITING</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HR_RECRUITING_VALUE
	 * @generated
	 * @ordered
	 */
	HR_RECRUITING(3, "HR_RECRUITING", "HR_RECRUITING"),

	/**
	 * The '<em><b>COMMUNITY</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNITY(4, "COMMUNITY", "COMMUNITY"),

	/**
	 * The '<em><b>COMMUNICATION PR</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNICATION_PR_VALUE
	 * @generated
	 * @ordered
	 */
	COMMUNICATION_PR(5, "COMMUNICATION_PR", "COMMUNICATION_PR"),

	/**
	 * The '<em><b>SALES</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SALES_VALUE
	 * @generated
	 * @ordered
	 */
	SALES(6, "SALES", "SALES");

	/**
	 * The '<em><b>MARKETING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #MARKETING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int MARKETING_VALUE = 0;

	/**
	 * The '<em><b>CUSTOMER SERVICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_SERVICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_SERVICE_VALUE = 1;

	/**
	 * The '<em><b>PRODUCT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRODUCT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRODUCT_VALUE = 2;

	/**
	 * The '<em><b>HR RECRUITING</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #HR_RECRUITING
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int HR_RECRUITING_VALUE = 3;

	/**
	 * The '<em><b>COMMUNITY</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNITY
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNITY_VALUE = 4;

	/**
	 * The '<em><b>COMMUNICATION PR</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #COMMUNICATION_PR
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int COMMUNICATION_PR_VALUE = 5;

	/**
	 * The '<em><b>SALES</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SALES
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SALES_VALUE = 6;

	/**
	 * An array of all the '<em><b>Team Function</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final TeamFunction[] VALUES_ARRAY =
		new TeamFunction[] {
			MARKETING,
			CUSTOMER_SERVICE,
			PRODUCT,
			HR_RECRUITING,
			COMMUNITY,
			COMMUNICATION_PR,
			SALES,
		};

	/**
	 * A public read-only list of all the '<em><b>Team Function</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<TeamFunction> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Team Function</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TeamFunction get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TeamFunction result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Team Function</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TeamFunction getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			TeamFunction result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Team Function</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static TeamFunction get(int value) {
		switch (value) {
			case MARKETING_VALUE: return MARKETING;
			case CUSTOMER_SERVICE_VALUE: return CUSTOMER_SERVICE;
			case PRODUCT_VALUE: return PRODUCT;
			case HR_RECRUITING_VALUE: return HR_RECRUITING;
			case COMMUNITY_VALUE: return COMMUNITY;
			case COMMUNICATION_PR_VALUE: return COMMUNICATION_PR;
			case SALES_VALUE: return SALES;
		}
		return null;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final int value;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String name;

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private final String literal;

	/**
	 * Only this class can construct instances.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private TeamFunction(int value, String name, String literal) {
		this.value = value;
		this.name = name;
		this.literal = literal;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public int getValue() {
	  return value;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getName() {
	  return name;
	}

	/**
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String getLiteral() {
	  return literal;
	}

	/**
	 * Returns the literal value of the enumerator, which is its string representation.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	@Override
	public String toString() {
		return literal;
	}
	
} //TeamFunction
