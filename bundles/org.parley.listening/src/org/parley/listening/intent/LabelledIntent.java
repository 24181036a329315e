package org.parley.listening.intent;

import org.parley.listening.analyse.Intent;

/** A text and the intent a person gave it: what {@link IntentModel} learns from. */
public record LabelledIntent(String text, Intent intent) {
}
