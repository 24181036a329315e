package org.parley.listening.fetch;

/**
 * What the server said about the copy we already have, sent back on the next visit so that an unchanged page costs a
 * {@code 304 Not Modified} instead of a download.
 *
 * @param etag the last {@code ETag}, or {@code null}
 * @param lastModified the last {@code Last-Modified}, verbatim, or {@code null}
 */
public record CacheValidators(String etag, String lastModified) {

	/** No earlier copy: an unconditional request. */
	public static final CacheValidators NONE = new CacheValidators(null, null);

	/** Whether there is anything to send. */
	public boolean isEmpty() {
		return etag == null && lastModified == null;
	}
}
