package org.parley.listening.report;

/**
 * How many mentions voice an intent towards a brand.
 *
 * @param brand the brand, or {@code (no brand)} for mentions naming none
 * @param obstacle what blocks a {@code buy_blocked} intent, else null
 */
public record IntentCount(String brand, String intent, String obstacle, int count) {
}
