/**
 * The extract stage of the listening pipeline: from the bytes a fetch returned to an
 * {@link org.parley.listening.extract.Extraction} (title, language, main text and the posts of a
 * thread or comment section), with the charset and type sniffed, dates parsed and authors
 * optionally pseudonymized. Plain Java on jsoup and Tika core, no workbench dependency.
 */
package org.parley.listening.extract;
