package org.parley.listening.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.listening.analyse.Tag;
import org.parley.listening.analyse.TextSpan;
import org.parley.model.ListeningQuery;
import org.parley.model.Plan;
import org.parley.model.QueryTag;

class QueryTaggerTest {

	@TempDir
	static Path projectDir;

	private static Plan plan;
	private static QueryTagger tagger;

	@BeforeAll
	static void loadSample() {
		plan = SampleTagger.loadSample(projectDir);
		tagger = QueryTagger.of(plan);
	}

	private static List<String> names(List<Tag> tags) {
		return tags.stream().map(Tag::name).toList();
	}

	@Test
	void compilesEveryQueryOfTheSample() {
		assertThat(plan.getListening().getQueries()).hasSize(12);
		assertThat(tagger.problems()).isEmpty();
	}

	@Test
	void tagsAFrenchComplaintWithTheFrenchTopicsAndTheBrand() {
		List<Tag> tags = tagger.tags("Franchement @giffgaff, encore une panne ce matin et pas de réseau. "
				+ "Je vais résilier mon compte, c'est inacceptable.", "fr");
		assertThat(tags).containsExactly(new Tag("brand", "giffgaff (brand)"), new Tag("topic", "Panne (français)"),
				new Tag("topic", "Résiliation (français)"));
	}

	@Test
	void leavesOutQueriesOfAnotherLanguage() {
		String text = "Sky Broadband outage again, third time this week. Thinking of leaving for giffgaff";
		assertThat(names(tagger.tags(text, "en"))).containsExactly("giffgaff (brand)", "Sky (competitor)",
				"Outage (English)");
		assertThat(names(tagger.tags(text, "fr"))).containsExactly("giffgaff (brand)");
		assertThat(names(tagger.tags(text, "und"))).containsExactly("giffgaff (brand)", "Sky (competitor)",
				"Outage (English)");
	}

	@Test
	void matchesABrandByItsAliasesAndHandlesThroughItsName() {
		// The query names Starbucks; "Starbs" is its alias and @StarbucksUK its handle.
		assertThat(names(tagger.tags("Free drink at Starbs with my giffgaff perk!", "en")))
				.contains("Starbucks perk (partner)");
		assertThat(names(tagger.tags("@StarbucksUK the perk didn't work today", "en")))
				.contains("Starbucks perk (partner)");
		assertThat(names(tagger.tags("GiffGaff mobile is cheap", "en"))).containsExactly("giffgaff (brand)");
	}

	@Test
	void matchesAProductPhraseWrittenAsAHashtag() {
		assertThat(names(tagger.tags("Loving my new #SkyGlass, the picture is stunning", "en")))
				.containsExactly("Sky (competitor)");
	}

	@Test
	void excludesWhatTheQuerySaysNotTo() {
		assertThat(names(tagger.tags("Sky News: Sky Broadband prices rise", "en"))).doesNotContain("Sky (competitor)");
		assertThat(names(tagger.tags("Bill Gates talks about roaming charges", "en"))).containsExactly("Roaming");
	}

	@Test
	void giffgaffInAWordIsNotGiffgaff() {
		assertThat(tagger.tags("the giffgaffers meetup", "en")).isEmpty();
	}

	@Test
	void findsBrandsByNameAliasAndHandleInTextOrder() {
		String text = "Leaving @SkyHelpTeam for GiffGaff, and Virgin Media O2 is no better than #VirginMedia";
		List<TextSpan> brands = tagger.brands(text);
		assertThat(brands).extracting(TextSpan::name).containsExactly("Sky", "giffgaff", "Virgin Media",
				"Virgin Media");
		assertThat(brands).extracting(span -> text.substring(span.start(), span.end()))
				.containsExactly("@SkyHelpTeam", "GiffGaff", "Virgin Media O2", "#VirginMedia");
	}

	@Test
	void findsBrandsOnlyAtWordBoundaries() {
		assertThat(tagger.brands("The skyline and the starbucksish decor at giffgaffs")).isEmpty();
		assertThat(tagger.brands("SKY and Sky TV, from the SKY UK app")).extracting(TextSpan::name)
				.containsExactly("Sky", "Sky", "Sky");
	}

	@Test
	void reportsAQueryThatDoesNotParseAndKeepsTheOthers() {
		Plan broken = SampleTagger.loadSample(projectDir.resolve("broken"));
		ListeningQuery query = broken.getListening().getQueries().get(2);
		query.setExpression("\"Sky Broadband\" OR");
		QueryTagger partial = QueryTagger.of(broken);
		assertThat(partial.problems()).containsExactly(new QueryProblem("Sky (competitor)",
				"query \"\\\"Sky Broadband\\\" OR\": expected a term after OR at column 19".replace("\\\"", "\"")));
		assertThat(names(partial.tags("Sky Broadband outage again with giffgaff", "en")))
				.containsExactly("giffgaff (brand)", "Outage (English)");
	}

	@Test
	void leavesOutDisabledQueries() {
		Plan edited = SampleTagger.loadSample(projectDir.resolve("disabled"));
		edited.getListening().getQueries().get(0).setEnabled(false);
		assertThat(names(QueryTagger.of(edited).tags("Switched to giffgaff today", "en"))).isEmpty();
		assertThat(names(tagger.tags("Switched to giffgaff today", "en"))).containsExactly("giffgaff (brand)");
	}

	@Test
	void tagKindIsTheQueryTagInLowerCase() {
		assertThat(plan.getListening().getQueries()).extracting(ListeningQuery::getTag).contains(QueryTag.PARTNER);
		assertThat(tagger.tags("My M125 is slow again", "en")).containsExactly(new Tag("competitor",
				"Virgin Media (competitor)"), new Tag("product", "Virgin Media M125"));
	}
}
