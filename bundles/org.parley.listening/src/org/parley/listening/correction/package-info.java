/**
 * Users' corrections of a mention's sentiment and intent, kept in the project ({@code listening/labels.jsonl}) so
 * they travel through Git with it; the latest correction of a mention wins, and the classifiers learn from them.
 */
package org.parley.listening.correction;
