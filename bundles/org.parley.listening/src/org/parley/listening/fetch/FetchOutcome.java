package org.parley.listening.fetch;

/** How a fetch ended. */
public enum FetchOutcome {
	/** A 2xx response with its body. */
	FETCHED,
	/** A 304: the copy named by the cache validators is still current. */
	UNCHANGED,
	/** Not requested or not read on purpose: robots.txt, scheme, size, type. */
	SKIPPED,
	/** The server or the network failed: error status, timeout, redirect loop, bad encoding. */
	FAILED
}
