package org.parley.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The text a user reads and types for an attribute's value: its data type's string form, and for a many-valued
 * attribute the values separated by commas. Blank text is "no value".
 */
public final class ValueText {

	private ValueText() {
	}

	/** The text of {@code value} of {@code attribute} (a list for a many-valued one); "" for no value. */
	public static String toText(EAttribute attribute, Object value) {
		EDataType type = attribute.getEAttributeType();
		if (attribute.isMany()) {
			Collection<?> values = value instanceof Collection<?> c ? c : List.of();
			return values.stream().map(v -> one(type, v)).collect(Collectors.joining(", "));
		}
		return one(type, value);
	}

	/**
	 * The value that {@code text} stands for, a list for a many-valued attribute.
	 *
	 * @throws IllegalArgumentException saying what the text should look like when it is not a value of the type
	 */
	public static Object fromText(EAttribute attribute, String text) {
		EDataType type = attribute.getEAttributeType();
		if (attribute.isMany()) {
			List<Object> values = new ArrayList<>();
			for (String part : text.split(",")) {
				if (!part.isBlank()) {
					values.add(parse(type, part.strip()));
				}
			}
			return values;
		}
		if (text == null || text.isBlank()) {
			Class<?> instanceClass = type.getInstanceClass();
			return instanceClass != null && instanceClass.isPrimitive() ? attribute.getDefaultValue() : null;
		}
		return parse(type, instanceClassIsString(type) ? text : text.strip());
	}

	/** Why {@code text} is not a value of {@code attribute}, or {@code null} when it is. */
	public static String problem(EAttribute attribute, String text) {
		try {
			fromText(attribute, text);
			return null;
		} catch (IllegalArgumentException e) {
			return e.getMessage();
		}
	}

	private static String one(EDataType type, Object value) {
		if (value == null) {
			return "";
		}
		String text = EcoreUtil.convertToString(type, value);
		return text == null ? "" : text;
	}

	private static Object parse(EDataType type, String text) {
		try {
			return EcoreUtil.createFromString(type, text);
		} catch (RuntimeException e) {
			throw new IllegalArgumentException("\"" + text + "\" is not a " + describe(type), e);
		}
	}

	private static boolean instanceClassIsString(EDataType type) {
		return type.getInstanceClass() == String.class;
	}

	private static String describe(EDataType type) {
		Class<?> c = type.getInstanceClass();
		if (c == int.class || c == Integer.class || c == long.class || c == Long.class) {
			return "whole number";
		}
		if (c == double.class || c == Double.class || c == float.class || c == Float.class) {
			return "number";
		}
		if (c == boolean.class || c == Boolean.class) {
			return "true or false";
		}
		return switch (type.getName()) {
		case "LocalDate" -> "date such as 2027-01-31";
		case "LocalDateTime" -> "date and time such as 2027-01-31T09:30";
		case "LocalTime" -> "time such as 09:30";
		case "Instant" -> "moment such as 2027-01-31T09:30:00Z";
		case "ZoneId" -> "time zone such as Europe/London";
		case "DayOfWeek" -> "day such as MONDAY";
		default -> type.getName();
		};
	}
}
