/**
 * What the analyse stage says about each mention: its language, tags, sentiment and intent, overall and per
 * brand. The records here are the contract between the classifiers (packages {@code lang}, {@code query},
 * {@code sentiment}, {@code intent}) and the stages that use their results (storage, early warning, reports).
 */
package org.parley.listening.analyse;
