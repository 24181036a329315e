/**
 * Listening queries users can read ({@link org.parley.listening.query.Query}), the brand names of the model
 * ({@link org.parley.listening.query.BrandVocabulary}) and the {@link org.parley.listening.analyse.Tagger} built
 * from a plan's queries ({@link org.parley.listening.query.QueryTagger}). Texts are tokenised once
 * ({@link org.parley.listening.query.TokenizedText}) and matched by every query.
 */
package org.parley.listening.query;
