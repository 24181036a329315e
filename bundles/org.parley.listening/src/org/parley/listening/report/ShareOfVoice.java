package org.parley.listening.report;

/**
 * A brand's part of everything said about the own brands and their competitors in a period.
 *
 * @param percent the brand's volume over the summed volume of own and competitor brands, in percent
 */
public record ShareOfVoice(String brand, String kind, int volume, double percent) {
}
