package org.parley.listening.analyse;

/** What a text says about one brand it names: "je quitte Sky pour giffgaff" is churn and negative for Sky. */
public record BrandOpinion(String brand, Sentiment sentiment, Intent intent) {
}
