/**
 * Language identification of short posts: {@link org.parley.listening.lang.NgramLanguageIdentifier}, the
 * {@link org.parley.listening.analyse.LanguageIdentifier} of the analyse stage.
 */
package org.parley.listening.lang;
