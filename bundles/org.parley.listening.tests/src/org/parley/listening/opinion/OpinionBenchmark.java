package org.parley.listening.opinion;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.parley.listening.analyse.Intent;
import org.parley.listening.analyse.IntentKind;
import org.parley.listening.analyse.Obstacle;
import org.parley.listening.analyse.Polarity;
import org.parley.listening.intent.IntentRules;
import org.parley.listening.learn.ClassificationScore;
import org.parley.listening.sentiment.LabelledText;
import org.parley.listening.sentiment.LabelledTweets;
import org.parley.listening.sentiment.LexiconScorer;
import org.parley.listening.sentiment.SentimentLexicon;
import org.parley.listening.sentiment.SentimentModel;

/**
 * How well the opinion classifier does, per language: sentiment on UMSAB's validation tweets and on the
 * customer-service sets, intent on the customer-service and held-out sets, and what corrections bring (k-fold over
 * the customer-service set used as corrections). Each method prints one line and returns its score.
 */
public final class OpinionBenchmark {

	private final TrainedOpinionClassifier shipped = TrainedOpinionClassifier.shipped();

	/** Sentiment on UMSAB's val split ({@code data/umsab-val}), which training never sees. */
	public ClassificationScore sentimentOnTweets(String lang) throws IOException {
		ClassificationScore score = new ClassificationScore(3);
		for (LabelledText t : DevSets.umsabVal(lang)) {
			score.add(t.polarity().ordinal(), shipped.sentiment(t.text(), lang).polarity().ordinal());
		}
		return report("sentiment umsab-val " + lang, score);
	}

	/**
	 * Speed: how long training takes, and what classifying a post costs against scoring it with the lexicon alone,
	 * the baseline, both measured here on the validation tweets.
	 *
	 * @return classifying time divided by lexicon time
	 */
	public double speed(String lang) throws IOException {
		List<LabelledText> tweets = DevSets.umsabVal(lang);
		SentimentLexicon lexicon = SentimentLexicon.of(lang).orElseThrow();
		long start = System.nanoTime();
		SentimentModel model = SentimentModel.train(lexicon, LabelledTweets.shipped(lang), List.of());
		long trained = System.nanoTime();
		LexiconScorer scorer = new LexiconScorer(lexicon);
		double sink = 0;
		long lexiconNanos = 0;
		long modelNanos = 0;
		for (int round = 0; round < 5; round++) {
			long t0 = System.nanoTime();
			for (LabelledText t : tweets) {
				sink += scorer.score(t.text()).compound();
			}
			long t1 = System.nanoTime();
			for (LabelledText t : tweets) {
				sink += model.classify(t.text()).score();
			}
			long t2 = System.nanoTime();
			if (round > 0) {
				lexiconNanos += t1 - t0;
				modelNanos += t2 - t1;
			}
		}
		double ratio = (double) modelNanos / lexiconNanos;
		System.out.println(String.format(Locale.ROOT, "%-70s training %d ms on %d tweets; classify/lexicon %.2f (%s)",
				"speed " + lang, (trained - start) / 1_000_000, LabelledTweets.shipped(lang).size(), ratio,
				sink == 0 ? "-" : "ok"));
		return ratio;
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

	/** Sentiment and intent of the posts no pattern or threshold was ever chosen on; see the sets' README. */
	public List<ClassificationScore> unseen(String lang) {
		return scores("unseen", DevSets.unseen(lang), lang);
	}

	/** Sentiment and intent of the posts written before the intent model learnt from the shipped examples. */
	public List<ClassificationScore> blind(String lang) {
		return scores("blind", DevSets.blind(lang), lang);
	}

	private List<ClassificationScore> scores(String name, List<DevSets.Post> posts, String lang) {
		return List.of(sentimentOn(name, posts, lang), intentKindOn(name, posts, lang), intentOn(name, posts, lang));
	}

	/** Intent kind only (none, buy, buy_blocked, churn). */
	public ClassificationScore intentKindOn(String name, List<DevSets.Post> posts, String lang) {
		ClassificationScore score = new ClassificationScore(IntentKind.values().length);
		for (DevSets.Post p : posts) {
			score.add(p.intent().kind().ordinal(), shipped.intent(p.text(), lang).kind().ordinal());
		}
		return report("intent " + name + " " + lang, score);
	}

	/** What corrections bring, measured on the learnt model alone and on the whole classifier. */
	public record CorrectionGain(ClassificationScore model, ClassificationScore modelCorrected,
			ClassificationScore classifier, ClassificationScore classifierCorrected) {
	}

	/**
	 * Cross-validation of corrections: the customer-service set is cut into {@code k} folds; each fold is classified
	 * without corrections and after learning the other folds as corrections, both by the learnt sentiment model alone
	 * and by the whole classifier (which also turns churn and blocked purchases negative, from intent patterns that
	 * were written on this same set, so its figures are optimistic).
	 */
	public CorrectionGain corrections(String lang, int k) {
		List<DevSets.Post> posts = DevSets.customerService(lang);
		SentimentLexicon lexicon = SentimentLexicon.of(lang).orElseThrow();
		List<LabelledText> tweets = LabelledTweets.shipped(lang);
		SentimentModel model = SentimentModel.train(lexicon, tweets, List.of());
		CorrectionGain gain = new CorrectionGain(new ClassificationScore(3), new ClassificationScore(3),
				new ClassificationScore(3), new ClassificationScore(3));
		for (int fold = 0; fold < k; fold++) {
			List<LabelledText> others = new ArrayList<>();
			for (int i = 0; i < posts.size(); i++) {
				if (i % k != fold) {
					others.add(new LabelledText(posts.get(i).text(), posts.get(i).sentiment()));
				}
			}
			SentimentModel modelCorrected = SentimentModel.train(lexicon, tweets, others);
			TrainedOpinionClassifier corrected = TrainedOpinionClassifier.withCorrections(Map.of(lang, others), Map.of());
			for (int i = fold; i < posts.size(); i += k) {
				String text = posts.get(i).text();
				int expected = posts.get(i).sentiment().ordinal();
				gain.model().add(expected, model.classify(text).polarity().ordinal());
				gain.modelCorrected().add(expected, modelCorrected.classify(text).polarity().ordinal());
				gain.classifier().add(expected, shipped.sentiment(text, lang).polarity().ordinal());
				gain.classifierCorrected().add(expected, corrected.sentiment(text, lang).polarity().ordinal());
			}
		}
		String what = "sentiment customer-service " + lang + " " + k + "-fold, ";
		report(what + "model alone                ", gain.model());
		report(what + "model + corrections        ", gain.modelCorrected());
		report(what + "whole classifier           ", gain.classifier());
		report(what + "whole classifier + corrections", gain.classifierCorrected());
		return gain;
	}

	/**
	 * What the intent model learnt from the shipped examples brings on posts nobody chose anything on (the unseen and
	 * blind sets together): intent kinds read by the patterns alone, and by the shipped classifier (patterns, then the
	 * model where they find none).
	 *
	 * @return intent-kind scores, patterns alone first
	 */
	public List<ClassificationScore> intentExamples(String lang) {
		List<DevSets.Post> posts = new ArrayList<>(DevSets.unseen(lang));
		posts.addAll(DevSets.blind(lang));
		IntentRules rules = IntentRules.of(lang).orElseThrow();
		ClassificationScore base = new ClassificationScore(IntentKind.values().length);
		ClassificationScore learnt = new ClassificationScore(IntentKind.values().length);
		for (DevSets.Post p : posts) {
			base.add(p.intent().kind().ordinal(), rules.read(p.text()).kind().ordinal());
			learnt.add(p.intent().kind().ordinal(), shipped.intent(p.text(), lang).kind().ordinal());
		}
		report("intent unseen+blind " + lang + ", patterns only", base);
		report("intent unseen+blind " + lang + ", patterns + model of shipped examples", learnt);
		return List.of(base, learnt);
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
