/**
 * Early warning: terms whose frequency rises now, found without a predefined list (words and word pairs,
 * normalised, stop words removed, counted in distinct-author voices, tested against a 28-day baseline), with a
 * shipped complaint lexicon that lowers the bar, and routed to the conversation cell that owns the topic.
 */
package org.parley.listening.alert;
