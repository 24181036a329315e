/**
 */
package org.parley.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Customer Stage</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.parley.model.ParleyPackage#getCustomerStage()
 * @model
 * @generated
 */
public enum CustomerStage implements Enumerator {
	/**
	 * The '<em><b>PROSPECT</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROSPECT_VALUE
	 * @generated
	 * @ordered
	 */
	PROSPECT(0, "PROSPECT", "PROSPECT"),

	/**
	 * The '<em><b>CUSTOMER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER_VALUE
	 * @generated
	 * @ordered
	 */
	CUSTOMER(1, "CUSTOMER", "CUSTOMER"),

	/**
	 * The '<em><b>FAN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAN_VALUE
	 * @generated
	 * @ordered
	 */
	FAN(2, "FAN", "FAN"),

	/**
	 * The '<em><b>LOVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOVER_VALUE
	 * @generated
	 * @ordered
	 */
	LOVER(3, "LOVER", "LOVER"),

	/**
	 * The '<em><b>ADVOCATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVOCATE_VALUE
	 * @generated
	 * @ordered
	 */
	ADVOCATE(4, "ADVOCATE", "ADVOCATE"),

	/**
	 * The '<em><b>CANDIDATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANDIDATE_VALUE
	 * @generated
	 * @ordered
	 */
	CANDIDATE(5, "CANDIDATE", "CANDIDATE"),

	/**
	 * The '<em><b>PARTNER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTNER_VALUE
	 * @generated
	 * @ordered
	 */
	PARTNER(6, "PARTNER", "PARTNER"),

	/**
	 * The '<em><b>PRESS INFLUENCER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRESS_INFLUENCER_VALUE
	 * @generated
	 * @ordered
	 */
	PRESS_INFLUENCER(7, "PRESS_INFLUENCER", "PRESS_INFLUENCER");

	/**
	 * The '<em><b>PROSPECT</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PROSPECT
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PROSPECT_VALUE = 0;

	/**
	 * The '<em><b>CUSTOMER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CUSTOMER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CUSTOMER_VALUE = 1;

	/**
	 * The '<em><b>FAN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FAN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FAN_VALUE = 2;

	/**
	 * The '<em><b>LOVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LOVER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LOVER_VALUE = 3;

	/**
	 * The '<em><b>ADVOCATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ADVOCATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ADVOCATE_VALUE = 4;

	/**
	 * The '<em><b>CANDIDATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #CANDIDATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int CANDIDATE_VALUE = 5;

	/**
	 * The '<em><b>PARTNER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PARTNER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PARTNER_VALUE = 6;

	/**
	 * The '<em><b>PRESS INFLUENCER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #PRESS_INFLUENCER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int PRESS_INFLUENCER_VALUE = 7;

	/**
	 * An array of all the '<em><b>Customer Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final CustomerStage[] VALUES_ARRAY =
		new CustomerStage[] {
			PROSPECT,
			CUSTOMER,
			FAN,
			LOVER,
			ADVOCATE,
			CANDIDATE,
			PARTNER,
			PRESS_INFLUENCER,
		};

	/**
	 * A public read-only list of all the '<em><b>Customer Stage</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<CustomerStage> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Customer Stage</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CustomerStage get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CustomerStage result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Customer Stage</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CustomerStage getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			CustomerStage result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Customer Stage</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static CustomerStage get(int value) {
		switch (value) {
			case PROSPECT_VALUE: return PROSPECT;
			case CUSTOMER_VALUE: return CUSTOMER;
			case FAN_VALUE: return FAN;
			case LOVER_VALUE: return LOVER;
			case ADVOCATE_VALUE: return ADVOCATE;
			case CANDIDATE_VALUE: return CANDIDATE;
			case PARTNER_VALUE: return PARTNER;
			case PRESS_INFLUENCER_VALUE: return PRESS_INFLUENCER;
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
	private CustomerStage(int value, String name, String literal) {
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
	
} //CustomerStage
