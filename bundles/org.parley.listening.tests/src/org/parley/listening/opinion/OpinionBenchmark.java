package org.parley.listening.opinion;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.parley.listening.analyse.Intent;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.Obstacle;
import org.parley.listening.analyse.Polarity;
import org.parley.listening.extract.Corpora;
import org.parley.listening.learn.ClassificationScore;
import org.parley.listening.sentiment.LabelledText;
import org.parley.listening.sentiment.LabelledTweets;
import org.parley.listening.sentiment.SentimentLexicon;
import org.parley.listening.sentiment.SentimentModel;

/**
 * How well the opinion classifier does, per language: sentiment on UMSAB's validation tweets and on the
 * customer-service sets, intent on the customer-service and held-out sets, and what corrections bring (k-fold over
 * the customer-service set used as corrections). Each method prints one line and returns its score.
 */
public final class OpinionBenchmark {

	private final TrainedOpinionClassifier shipped = TrainedOpinionClassifier.shipped();

	/** Sentiment on UMSAB's val split, which training never sees. */
	public ClassificationScore sentimentOnTweets(String lang) throws IOException {
		Path dir = Corpora.root().resolve("sentiment-umsab").resolve(lang.equals("fr") ? "french" : "english");
		ClassificationScore score = new ClassificationScore(3);
		for (LabelledText t : LabelledTweets.read(dir.resolve("val_text.txt"), dir.resolve("val_labels.txt"))) {
			score.add(t.polarity().ordinal(), shipped.sentiment(t.text(), lang).polarity().ordinal());
		}
		return report("sentiment umsab-val " + lang, score);
	}

	/** Sentiment on a labelled customer-service set. */
	public ClassificationScore sentimentOn(String name, List<DevSets.Post> posts, String lang) {
		ClassificationScore score = new ClassificationScore(3);
		for (DevSets.Post p : posts) {
			score.add(p.sentiment().ordinal(), shipped.sentiment(p.text(), lang).polarity().ordinal());
		}
		return report("sentiment " + name + " " + lang, score);
	}

	/** Intent (the four kinds; a buy_blocked with the wrong obstacle counts as wrong) on a labelled set. */
	public ClassificationScore intentOn(String name, List<DevSets.Post> posts, String lang) {
		ClassificationScore score = new ClassificationScore(IntentKind.values().length + Obstacle.values().length);
		for (DevSets.Post p : posts) {
			score.add(intentClass(p.intent()), intentClass(shipped.intent(p.text(), lang)));
		}
		return report("intent+obstacle " + name + " " + lang, score);
	}

	/** Intent kind only (none, buy, buy_blocked, churn). */
	public ClassificationScore intentKindOn(String name, List<DevSets.Post> posts, String lang) {
		ClassificationScore score = new ClassificationScore(IntentKind.values().length);
		for (DevSets.Post p : posts) {
			score.add(p.intent().kind().ordinal(), shipped.intent(p.text(), lang).kind().ordinal());
		}
		return report("intent " + name + " " + lang, score);
	}

	/**
	 * Cross-validation of corrections: the customer-service set is cut into {@code k} folds; each fold is classified by
	 * the shipped model and by a model that also learnt the other folds as corrections.
	 *
	 * @return the two scores, shipped first
	 */
	public List<ClassificationScore> corrections(String lang, int k) {
		List<DevSets.Post> posts = DevSets.customerService(lang);
		SentimentLexicon lexicon = SentimentLexicon.of(lang).orElseThrow();
		List<LabelledText> tweets = LabelledTweets.shipped(lang);
		ClassificationScore base = new ClassificationScore(3);
		ClassificationScore corrected = new ClassificationScore(3);
		for (int fold = 0; fold < k; fold++) {
			List<LabelledText> others = new ArrayList<>();
			for (int i = 0; i < posts.size(); i++) {
				if (i % k != fold) {
					others.add(new LabelledText(posts.get(i).text(), posts.get(i).sentiment()));
				}
			}
			SentimentModel learnt = SentimentModel.train(lexicon, tweets, others);
			for (int i = fold; i < posts.size(); i += k) {
				Polarity expected = posts.get(i).sentiment();
				base.add(expected.ordinal(), shipped.sentiment(posts.get(i).text(), lang).polarity().ordinal());
				corrected.add(expected.ordinal(), learnt.classify(posts.get(i).text()).polarity().ordinal());
			}
		}
		report("sentiment customer-service " + lang + " " + k + "-fold, shipped only      ", base);
		report("sentiment customer-service " + lang + " " + k + "-fold, with corrections", corrected);
		return List.of(base, corrected);
	}

	/** The kind, or for buy_blocked the obstacle, as one class. */
	private static int intentClass(Intent intent) {
		return intent.obstacle() == null ? intent.kind().ordinal() : IntentKind.values().length + intent.obstacle().ordinal();
	}

	private static ClassificationScore report(String what, ClassificationScore score) {
		System.out.println(String.format(Locale.ROOT, "%-70s %s", what, score));
		return score;
	}
}
