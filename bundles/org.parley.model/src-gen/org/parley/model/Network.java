/**
 */
package org.parley.model;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

import org.eclipse.emf.common.util.Enumerator;

/**
 * <!-- begin-user-doc -->
 * A representation of the literals of the enumeration '<em><b>Network</b></em>',
 * and utility methods for working with them.
 * <!-- end-user-doc -->
 * @see org.parley.model.ParleyPackage#getNetwork()
 * @model
 * @generated
 */
public enum Network implements Enumerator {
	/**
	 * The '<em><b>XTWITTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XTWITTER_VALUE
	 * @generated
	 * @ordered
	 */
	XTWITTER(0, "X_TWITTER", "X_TWITTER"),

	/**
	 * The '<em><b>FACEBOOK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FACEBOOK_VALUE
	 * @generated
	 * @ordered
	 */
	FACEBOOK(1, "FACEBOOK", "FACEBOOK"),

	/**
	 * The '<em><b>INSTAGRAM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTAGRAM_VALUE
	 * @generated
	 * @ordered
	 */
	INSTAGRAM(2, "INSTAGRAM", "INSTAGRAM"),

	/**
	 * The '<em><b>LINKEDIN</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINKEDIN_VALUE
	 * @generated
	 * @ordered
	 */
	LINKEDIN(3, "LINKEDIN", "LINKEDIN"),

	/**
	 * The '<em><b>YOUTUBE</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YOUTUBE_VALUE
	 * @generated
	 * @ordered
	 */
	YOUTUBE(4, "YOUTUBE", "YOUTUBE"),

	/**
	 * The '<em><b>TIKTOK</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIKTOK_VALUE
	 * @generated
	 * @ordered
	 */
	TIKTOK(5, "TIKTOK", "TIKTOK"),

	/**
	 * The '<em><b>FORUM</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORUM_VALUE
	 * @generated
	 * @ordered
	 */
	FORUM(6, "FORUM", "FORUM"),

	/**
	 * The '<em><b>BLOG</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLOG_VALUE
	 * @generated
	 * @ordered
	 */
	BLOG(7, "BLOG", "BLOG"),

	/**
	 * The '<em><b>NEWSLETTER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEWSLETTER_VALUE
	 * @generated
	 * @ordered
	 */
	NEWSLETTER(8, "NEWSLETTER", "NEWSLETTER"),

	/**
	 * The '<em><b>OTHER</b></em>' literal object.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER_VALUE
	 * @generated
	 * @ordered
	 */
	OTHER(9, "OTHER", "OTHER");

	/**
	 * The '<em><b>XTWITTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #XTWITTER
	 * @model name="X_TWITTER"
	 * @generated
	 * @ordered
	 */
	public static final int XTWITTER_VALUE = 0;

	/**
	 * The '<em><b>FACEBOOK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FACEBOOK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FACEBOOK_VALUE = 1;

	/**
	 * The '<em><b>INSTAGRAM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #INSTAGRAM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int INSTAGRAM_VALUE = 2;

	/**
	 * The '<em><b>LINKEDIN</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #LINKEDIN
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int LINKEDIN_VALUE = 3;

	/**
	 * The '<em><b>YOUTUBE</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #YOUTUBE
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int YOUTUBE_VALUE = 4;

	/**
	 * The '<em><b>TIKTOK</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #TIKTOK
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int TIKTOK_VALUE = 5;

	/**
	 * The '<em><b>FORUM</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #FORUM
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int FORUM_VALUE = 6;

	/**
	 * The '<em><b>BLOG</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #BLOG
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int BLOG_VALUE = 7;

	/**
	 * The '<em><b>NEWSLETTER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #NEWSLETTER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int NEWSLETTER_VALUE = 8;

	/**
	 * The '<em><b>OTHER</b></em>' literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #OTHER
	 * @model
	 * @generated
	 * @ordered
	 */
	public static final int OTHER_VALUE = 9;

	/**
	 * An array of all the '<em><b>Network</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	private static final Network[] VALUES_ARRAY =
		new Network[] {
			XTWITTER,
			FACEBOOK,
			INSTAGRAM,
			LINKEDIN,
			YOUTUBE,
			TIKTOK,
			FORUM,
			BLOG,
			NEWSLETTER,
			OTHER,
		};

	/**
	 * A public read-only list of all the '<em><b>Network</b></em>' enumerators.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @generated
	 */
	public static final List<Network> VALUES = Collections.unmodifiableList(Arrays.asList(VALUES_ARRAY));

	/**
	 * Returns the '<em><b>Network</b></em>' literal with the specified literal value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param literal the literal.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Network get(String literal) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Network result = VALUES_ARRAY[i];
			if (result.toString().equals(literal)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Network</b></em>' literal with the specified name.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param name the name.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Network getByName(String name) {
		for (int i = 0; i < VALUES_ARRAY.length; ++i) {
			Network result = VALUES_ARRAY[i];
			if (result.getName().equals(name)) {
				return result;
			}
		}
		return null;
	}

	/**
	 * Returns the '<em><b>Network</b></em>' literal with the specified integer value.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the integer value.
	 * @return the matching enumerator or <code>null</code>.
	 * @generated
	 */
	public static Network get(int value) {
		switch (value) {
			case XTWITTER_VALUE: return XTWITTER;
			case FACEBOOK_VALUE: return FACEBOOK;
			case INSTAGRAM_VALUE: return INSTAGRAM;
			case LINKEDIN_VALUE: return LINKEDIN;
			case YOUTUBE_VALUE: return YOUTUBE;
			case TIKTOK_VALUE: return TIKTOK;
			case FORUM_VALUE: return FORUM;
			case BLOG_VALUE: return BLOG;
			case NEWSLETTER_VALUE: return NEWSLETTER;
			case OTHER_VALUE: return OTHER;
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
	private Network(int value, String name, String literal) {
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
	
} //Network
