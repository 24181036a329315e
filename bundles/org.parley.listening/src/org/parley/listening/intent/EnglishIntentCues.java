package org.parley.listening.intent;

import java.util.Set;

/** Intent patterns for English; see {@link IntentCues} for what each list means. */
final class EnglishIntentCues {

	private static final String PURCHASE = "(?:buy|buying|bought|order|ordering|sign up|signing up|subscribe|subscribing|"
			+ "join|get|getting|switch|purchase|checkout|afford|card details)";

	static final IntentCues CUES = new IntentCues(
			IntentCues.patterns("cancel(?:l?ing|l?ed)?\\b", "cancellation", "leaving\\b(?! a review)", "i'?m (?:done|finished) with",
					"pac code", "port(?:ed|ing)? my number", "terminat\\w+ (?:my|the) contract", "unsubscrib\\w*",
					"not be renewing", "won'?t be renewing", "taking my (?:business|money) elsewhere",
					"(?:get|getting) out of (?:my|the) contract", "close my account", "closing my account",
					"moving away from", "(?:had|have had) it with", "find a new (?:network|provider)",
					"another (?:provider|operator)", "(?:a|to) (?:new|different) (?:network|provider)", "switching providers", "i'?m switching\\s*[.!]?$",
					"i'?m switching\\.", "i'?m out\\b", "(?:as soon as|when) my contract ends", "contract ends .* i'?m off",
					"changing (?:banks|provider|network)", "returning the (?:box|router)", "no longer want", "ditch\\w*",
					"end (?:my|the) contract", "stop (?:my|the) (?:subscription|contract|plan)", "signed with (?:someone|somebody) else",
					"not staying", "won'?t stay", "will not stay", "quit(?:ting)? (?!smoking)", "bye bye", "goodbye \\p{L}+",
					"dump(?:ing)? (?:them|you|my|\\p{Lu})", "jump(?:ing)? ship", "never again with", "switch(?:ing)? away",
					"leave (?:them|you|my (?:contract|provider|network))"),
			IntentCues.patterns("(?:will|'ll|going to|gonna|want to|wanna|would like to|'d like to|plan(?:ning)? to|intend to|hoping to|about to|might)(?: \\p{L}+){0,2} (?:get|buy|order|subscribe|sign up|join|switch to|move to|upgrade|take|pick up|treat myself)",
					"where do i sign", "subscribing (?:for|to)", "signing up", "really tempting", "going to (?:get|buy|order|subscribe|sign up|take|switch to|join)", "thinking of (?:switching to|getting|buying|joining)",
					"where can i (?:buy|get|order)", "can i buy", "(?:want|would like|'d like|plan|planning) to (?:buy|sign up|join|subscribe|upgrade|order|get|switch|pick)",
					"i want to join", "i really want", "ordering", "pre-?order\\w*", "interested", "how much is", "how do i (?:join|sign up|subscribe|order|buy)",
					"sign up", "considering (?:the|a|switching)", "looking for a (?:plan|phone|deal|contract)",
					"quote", "ready to sign", "sells the", "can(?:'?t| not) wait to (?:try|get|buy)", "heading there", "treat myself", "definitely be getting",
					"i'?m moving to (?!another)", "i'?ll switch to", "switch(?:ing)? to (?!another)", "getting (?:two|a|the) \\w+",
					"adding the", "decided to (?:take|get|buy)", "taking the", "which one would you recommend", "free trial convinced"),
			IntentCues.patterns("wanted", "want\\b", "would have", "would've", "i'?d (?:switch|sign|buy|have)", "tried to", "nearly",
					"almost", "was going to", "hesitant", "tempting", "love the", "'d love", "would love", "interested", "was after", PURCHASE),
			IntentCues.obstacles(
					IntentCues.patterns("deliver\\w*", "shipping"),
					IntentCues.patterns("stock", "sold out", "unavailable", "not available", "none left", "no more left", "none anywhere"),
					IntentCues.patterns("signal", "coverage", "covered", "eligible", "bars at", "speeds in my area", "served", "reception", "(?:doesn'?t|does not|won'?t|will not) reach", "in my (?:area|street|village|town)"),
					IntentCues.patterns("compatible", "incompatible", "(?:doesn'?t|does not|won'?t|will not) (?:work|support)",
							"not work", "(?:won'?t|doesn'?t|does not|will not) run on", "only (?:works|available) (?:on|for|with)"),
					IntentCues.patterns("customer service", "advisor", "live chat", "on hold", "no answer", "nobody answers",
							"never replies", "staff", "can'?t reach", "can not reach", "on the phone", "get (?:anyone|someone|hold)", "speak to (?:anyone|someone|a human)", "helpline"),
					IntentCues.patterns("trust", "scam", "dodgy", "sketchy", "reputation", "dubious", "hidden fees", "unauthori[sz]ed", "stories of", "afraid", "worried", "bad reviews"),
					IntentCues.patterns("expensive", "price", "overpriced", "budget", "afford", "fee", "rip-?off", "\\d+ (?:a|per) month", "fortune", "costs?", "too much", "pricey"),
					IntentCues.patterns("crash\\w*", "error\\w*", "document", "new customers only", "declined", "promo code",
							"won'?t go through", "will not go through", "payment", "checkout")),
			IntentCues.obstacles(
					IntentCues.patterns("no delivery", "don'?t deliver", "do not deliver", "no international shipping"),
					IntentCues.patterns("out of stock", "sold out", "no stock", "unavailable"),
					IntentCues.patterns("no (?:signal|coverage|reception) (?:at|in) (?:home|my)", "zero bars", "not eligible",
							"isn'?t eligible", "is not eligible", "not covered", "isn'?t covered", "is not covered"),
					IntentCues.patterns("not compatible", "incompatible"),
					IntentCues.patterns(),
					IntentCues.patterns("don'?t trust", "do not trust"),
					IntentCues.patterns("too expensive", "overpriced", "can'?t afford", "can not afford", "beyond my budget", "costs? a fortune"),
					IntentCues.patterns()),
			Set.of("not", "never", "no", "won't", "don't"));

	private EnglishIntentCues() {
	}
}
