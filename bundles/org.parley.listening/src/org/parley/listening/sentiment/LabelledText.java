package org.parley.listening.sentiment;

import org.parley.listening.analyse.Polarity;

/** A text and the polarity a person gave it: a training or test example. */
public record LabelledText(String text, Polarity polarity) {
}
