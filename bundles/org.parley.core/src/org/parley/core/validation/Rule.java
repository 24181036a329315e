package org.parley.core.validation;

/**
 * The rules Parley checks, each with a stable id (quick fixes and suppressions key on it, so ids never change
 * once released), a stable diagnostic code, and a default severity.
 */
public enum Rule {
	/** A variant's text has more characters (code points) than the channel allows. */
	TEXT_TOO_LONG("channel.text-too-long", 1, Severity.ERROR),
	/** A variant has more hashtags than the channel allows. */
	TOO_MANY_HASHTAGS("channel.too-many-hashtags", 2, Severity.ERROR),
	/** The channel requires media and the variant has none. */
	MEDIA_MISSING("channel.media-missing", 3, Severity.ERROR),
	/** The channel takes no media and the variant has some. */
	MEDIA_NOT_ALLOWED("channel.media-not-allowed", 4, Severity.ERROR),
	/** The channel allows no links and the variant has one, in its link field or as a URL in its text. */
	LINK_NOT_ALLOWED("channel.link-not-allowed", 5, Severity.ERROR),
	/** An occurrence goes out outside the channel's posting window (days and hours, in the window's zone). */
	OUTSIDE_POSTING_WINDOW("channel.outside-posting-window", 6, Severity.WARNING),
	/** A variant names no channel. */
	VARIANT_WITHOUT_CHANNEL("content.variant-without-channel", 7, Severity.ERROR),
	/** A cell names no team. */
	CELL_WITHOUT_TEAM("strategy.cell-without-team", 10, Severity.ERROR),
	/** A cell names no customer group. */
	CELL_WITHOUT_CUSTOMER_GROUP("strategy.cell-without-customer-group", 11, Severity.ERROR),
	/** A cell has no topic: the team does not know what to talk about. */
	CELL_WITHOUT_TOPIC("strategy.cell-without-topic", 12, Severity.WARNING),
	/** A cell has no owner: nobody answers for the conversation. */
	CELL_WITHOUT_OWNER("strategy.cell-without-owner", 13, Severity.WARNING),
	/** A cell has no KPI: nobody can tell whether the conversation goes well. */
	CELL_WITHOUT_KPI("strategy.cell-without-kpi", 14, Severity.WARNING),
	/** A second cell for a (team, customer group) pair that already has one. */
	DUPLICATE_CELL("strategy.duplicate-cell", 15, Severity.ERROR),
	/** A topic that no cell covers (directly, through a broader or through a narrower topic). */
	TOPIC_UNCOVERED("strategy.topic-uncovered", 16, Severity.WARNING),
	/** A team with no cell: it talks to nobody. */
	TEAM_WITHOUT_CELL("strategy.team-without-cell", 17, Severity.WARNING),
	/** A customer group with no cell: nobody talks to it. */
	CUSTOMER_GROUP_WITHOUT_CELL("strategy.customer-group-without-cell", 18, Severity.WARNING),
	/** A campaign that ends before it starts. */
	CAMPAIGN_DATES_INVERTED("strategy.campaign-dates-inverted", 19, Severity.ERROR),
	/** A content item in no cell: it belongs to no conversation. */
	ITEM_WITHOUT_CELL("content.item-without-cell", 20, Severity.WARNING),
	/** A content item with no category: it is missing from the content mix. */
	ITEM_WITHOUT_CATEGORY("content.item-without-category", 21, Severity.WARNING),
	/** An approved, scheduled or published item with nobody named as its reviewer. */
	APPROVED_WITHOUT_REVIEWER("content.approved-without-reviewer", 22, Severity.ERROR),
	/** A reference whose target is missing, typically after a merge removed it: an unresolved proxy. */
	DANGLING_REFERENCE("merge.dangling-reference", 30, Severity.ERROR),
	/** A merge conflict still recorded in a file. */
	UNRESOLVED_CONFLICT("merge.unresolved-conflict", 31, Severity.ERROR),
	/** A structural constraint of the metamodel that EMF checks (multiplicity, unique id, data value...). */
	MODEL_CONSTRAINT("model.constraint", 40, Severity.ERROR);

	private final String id;
	private final int code;
	private final Severity severity;

	Rule(String id, int code, Severity severity) {
		this.id = id;
		this.code = code;
		this.severity = severity;
	}

	/** The stable id, such as {@code channel.text-too-long}. */
	public String id() {
		return id;
	}

	/** The stable {@link org.eclipse.emf.common.util.Diagnostic#getCode() diagnostic code}. */
	public int code() {
		return code;
	}

	/** The severity findings of this rule have. */
	public Severity severity() {
		return severity;
	}

	/** The rule with the given id. */
	public static Rule byId(String id) {
		for (Rule rule : values()) {
			if (rule.id.equals(id)) {
				return rule;
			}
		}
		throw new IllegalArgumentException("No validation rule " + id);
	}
}
