/**
 * Small supervised learning for short texts: sparse feature vectors over a growing feature space, a multinomial
 * logistic regression trained in memory, and the scores (accuracy, macro-F1) used to report how well it does.
 * Models are trained at run time from data the bundle ships and the project's corrections; nothing is downloaded.
 */
package org.parley.listening.learn;
