/**
 */
package org.parley.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Content Category Kind</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.parley.model.ParleyPackage#getContentCategoryKind()
 * @model
 * @generated
 */
public enum ContentCategoryKind implements Enumerator {
	/**
	 * The '<em><b>LEARN AND IMPROVE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEARN_AND_IMPROVE_VALUE
	 * @generated
	 * @ordered
	 */
	LEARN_AND_IMPROVE(0, "LEARN_AND_IMPROVE", "LEARN_AND_IMPROVE"),

	/**
	 * The '<em><b>EXPLORE AND DISCOVER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPLORE_AND_DISCOVER_VALUE
	 * @generated
	 * @ordered
	 */
	EXPLORE_AND_DISCOVER(1, "EXPLORE_AND_DISCOVER", "EXPLORE_AND_DISCOVER"),

	/**
	 * The '<em><b>QUESTION AND ANSWER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUESTION_AND_ANSWER_VALUE
	 * @generated
	 * @ordered
	 */
	QUESTION_AND_ANSWER(2, "QUESTION_AND_ANSWER", "QUESTION_AND_ANSWER"),

	/**
	 * The '<em><b>USER DEFINED</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER_DEFINED_VALUE
	 * @generated
	 * @ordered
	 */
	USER_DEFINED(3, "USER_DEFINED", "USER_DEFINED");

	/**
	 * The '<em><b>LEARN AND IMPROVE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LEARN_AND_IMPROVE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LEARN_AND_IMPROVE_VALUE = 0;

	/**
	 * The '<em><b>EXPLORE AND DISCOVER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #EXPLORE_AND_DISCOVER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int EXPLORE_AND_DISCOVER_VALUE = 1;

	/**
	 * The '<em><b>QUESTION AND ANSWER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #QUESTION_AND_ANSWER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int QUESTION_AND_ANSWER_VALUE = 2;

	/**
	 * The '<em><b>USER DEFINED</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #USER_DEFINED
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int USER_DEFINED_VALUE = 3;

	/**
	 * An array of all the '<em><b>Content Category Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final ContentCategoryKind[] VALUES_ARRAY =
		new ContentCategoryKind[] {
			LEARN_AND_IMPROVE,
			EXPLORE_AND_DISCOVER,
			QUESTION_AND_ANSWER,
			USER_DEFINED,
		};

	/**
	 * A public read-only list of all the '<em><b>Content Category Kind</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<ContentCategoryKind> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Content Category Kind</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContentCategoryKind get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContentCategoryKind result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Content Category Kind</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContentCategoryKind getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			ContentCategoryKind result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Content Category Kind</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static ContentCategoryKind get(int value) {
		switch (value) {
			case LEARN_AND_IMPROVE_VALUE: return LEARN_AND_IMPROVE;
			case EXPLORE_AND_DISCOVER_VALUE: return EXPLORE_AND_DISCOVER;
			case QUESTION_AND_ANSWER_VALUE: return QUESTION_AND_ANSWER;
			case USER_DEFINED_VALUE: return USER_DEFINED;
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
	private ContentCategoryKind(int value, String name, String literal) {
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
	
} //ContentCategoryKind
