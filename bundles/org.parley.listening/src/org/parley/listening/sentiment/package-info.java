/**
 * Sentiment of French and English posts: a lexicon scorer with VADER's rules (negation, intensifiers, emphasis,
 * contrast, emoji) over VADER's lexicons and Parley's customer-service vocabulary, and a logistic-regression model
 * trained at run time on the labelled tweets the bundle ships, with the lexicon's score among its features. Other
 * languages have no lexicon here and are left neutral.
 */
package org.parley.listening.sentiment;
