/**
 */
package org.parley.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Kpi Metric</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.parley.model.ParleyPackage#getKpiMetric()
 * @model
 * @generated
 */
public enum KpiMetric implements Enumerator {
	/**
	 * The '<em><b>NEGATIVE RATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEGATIVE_RATE_VALUE
	 * @generated
	 * @ordered
	 */
	NEGATIVE_RATE(0, "NEGATIVE_RATE", "NEGATIVE_RATE"),

	/**
	 * The '<em><b>RESPONSE TIME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESPONSE_TIME_VALUE
	 * @generated
	 * @ordered
	 */
	RESPONSE_TIME(1, "RESPONSE_TIME", "RESPONSE_TIME"),

	/**
	 * The '<em><b>ENGAGEMENT RATE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENGAGEMENT_RATE_VALUE
	 * @generated
	 * @ordered
	 */
	ENGAGEMENT_RATE(2, "ENGAGEMENT_RATE", "ENGAGEMENT_RATE"),

	/**
	 * The '<em><b>VOLUME</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLUME_VALUE
	 * @generated
	 * @ordered
	 */
	VOLUME(3, "VOLUME", "VOLUME"),

	/**
	 * The '<em><b>SHARE OF VOICE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARE_OF_VOICE_VALUE
	 * @generated
	 * @ordered
	 */
	SHARE_OF_VOICE(4, "SHARE_OF_VOICE", "SHARE_OF_VOICE"),

	/**
	 * The '<em><b>SENTIMENT SCORE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENTIMENT_SCORE_VALUE
	 * @generated
	 * @ordered
	 */
	SENTIMENT_SCORE(5, "SENTIMENT_SCORE", "SENTIMENT_SCORE");

	/**
	 * The '<em><b>NEGATIVE RATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEGATIVE_RATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEGATIVE_RATE_VALUE = 0;

	/**
	 * The '<em><b>RESPONSE TIME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #RESPONSE_TIME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int RESPONSE_TIME_VALUE = 1;

	/**
	 * The '<em><b>ENGAGEMENT RATE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #ENGAGEMENT_RATE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int ENGAGEMENT_RATE_VALUE = 2;

	/**
	 * The '<em><b>VOLUME</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #VOLUME
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int VOLUME_VALUE = 3;

	/**
	 * The '<em><b>SHARE OF VOICE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SHARE_OF_VOICE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SHARE_OF_VOICE_VALUE = 4;

	/**
	 * The '<em><b>SENTIMENT SCORE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #SENTIMENT_SCORE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int SENTIMENT_SCORE_VALUE = 5;

	/**
	 * An array of all the '<em><b>Kpi Metric</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final KpiMetric[] VALUES_ARRAY =
		new KpiMetric[] {
			NEGATIVE_RATE,
			RESPONSE_TIME,
			ENGAGEMENT_RATE,
			VOLUME,
			SHARE_OF_VOICE,
			SENTIMENT_SCORE,
		};

	/**
	 * A public read-only list of all the '<em><b>Kpi Metric</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<KpiMetric> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Kpi Metric</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KpiMetric get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			KpiMetric result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kpi Metric</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KpiMetric getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			KpiMetric result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Kpi Metric</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static KpiMetric get(int value) {
		switch (value) {
			case NEGATIVE_RATE_VALUE: return NEGATIVE_RATE;
			case RESPONSE_TIME_VALUE: return RESPONSE_TIME;
			case ENGAGEMENT_RATE_VALUE: return ENGAGEMENT_RATE;
			case VOLUME_VALUE: return VOLUME;
			case SHARE_OF_VOICE_VALUE: return SHARE_OF_VOICE;
			case SENTIMENT_SCORE_VALUE: return SENTIMENT_SCORE;
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
	private KpiMetric(int value, String name, String literal) {
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
	
} //KpiMetric
