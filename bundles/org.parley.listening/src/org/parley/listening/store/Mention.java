package org.parley.listening.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One thing a customer said, as stored: the post and where it came from (provenance). Texts are as extracted;
 * {@code author} is already pseudonymised when the project asks for it.
 *
 * @param id stable: a hash of the canonical page URL and the post's key on that page (see {@link #idFor})
 * @param date the post's date-time in ISO-8601, or null when the page gave none
 * @param fetchedAt when the page was fetched, ISO-8601 UTC
 */
public record Mention(String id, String source, String url, String postUrl, String title, String author, String date,
		String lang, String text, String fetchedAt, int status, String contentHash, String extractorVersion) {

	/** The same page and post always give the same id, wherever and whenever it is crawled. */
	public static String idFor(String canonicalUrl, String postKey) {
		try {
			MessageDigest sha = MessageDigest.getInstance("SHA-256");
			byte[] hash = sha.digest((canonicalUrl + "\n" + postKey).getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 16);
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException("SHA-256 is part of every JDK", e);
		}
	}
}
