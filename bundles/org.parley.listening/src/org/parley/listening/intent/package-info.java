/**
 * Intent in French and English posts: buying, buying but blocked (and by what), leaving, or none. Patterns written
 * for customer-service and telecom talk, with negation ("je ne vais pas résilier" is no churn); other languages
 * are left at none rather than guessed.
 */
package org.parley.listening.intent;
