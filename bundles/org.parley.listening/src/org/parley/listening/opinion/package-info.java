/**
 * The {@link org.parley.listening.analyse.OpinionClassifier} the analyse stage uses: sentiment from a model trained
 * at run time on shipped tweets plus the project's corrections, intent from patterns, and both per brand by cutting
 * the text into passages around the brands it names.
 */
package org.parley.listening.opinion;
