package org.parley.listening.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class QueryTest {

	private static boolean matches(String query, String text) {
		return Query.parse(query).matches(text);
	}

	@Test
	void andNeedsBothTermsAndIsImpliedBetweenNeighbours() {
		assertThat(matches("M125 AND slow", "My M125 is so slow tonight")).isTrue();
		assertThat(matches("M125 slow", "My M125 is so slow tonight")).isTrue();
		assertThat(matches("M125 AND slow", "My M125 is fine")).isFalse();
		assertThat(matches("M125 slow", "slow evening")).isFalse();
	}

	@Test
	void orNeedsEitherTerm() {
		assertThat(matches("panne OR coupure", "Encore une coupure ce matin")).isTrue();
		assertThat(matches("panne OR coupure", "Tout va bien")).isFalse();
	}

	@Test
	void notExcludesAndBindsTighterThanAnd() {
		assertThat(matches("bill NOT \"bill gates\"", "my bill went up again")).isTrue();
		assertThat(matches("bill NOT \"bill gates\"", "Bill Gates on climate")).isFalse();
		assertThat(matches("(bill OR facture) AND NOT \"bill gates\"", "ma facture a doublé")).isTrue();
		assertThat(matches("bill -gates", "bill gates")).isFalse();
		assertThat(matches("bill -gates", "the bill")).isTrue();
	}

	@Test
	void andBindsTighterThanOrAndParenthesesRegroup() {
		assertThat(matches("sky AND outage OR panne", "panne générale")).isTrue();
		assertThat(matches("sky AND (outage OR panne)", "panne générale")).isFalse();
		assertThat(matches("sky AND (outage OR panne)", "Sky : panne générale")).isTrue();
	}

	@Test
	void operatorsAreUpperCaseSoThatLowerCaseOnesAreWords() {
		assertThat(matches("\"or not\"", "to be or not to be")).isTrue();
		assertThat(matches("rich or poor", "rich and poor")).isFalse();
		assertThat(matches("rich or poor", "rich or poor")).isTrue();
	}

	@Test
	void phraseNeedsItsWordsInOrder() {
		assertThat(matches("\"no signal\"", "No signal since 8am!")).isTrue();
		assertThat(matches("\"no signal\"", "signal: no")).isFalse();
		assertThat(matches("\"no signal\"", "no, the signal is fine")).isFalse();
	}

	@Test
	void phraseAlsoMatchesItsWordsWrittenAsOneHashtagOrHandle() {
		assertThat(matches("\"Virgin Media\"", "thanks @VirginMedia for nothing")).isTrue();
		assertThat(matches("\"Virgin Media\"", "#VirginMedia down again")).isTrue();
		assertThat(matches("\"Virgin Media\"", "a virgin olive oil and social media")).isFalse();
	}

	@Test
	void termMatchesHashtagsAndHandlesButHashtagOrHandleOnlyThemselves() {
		assertThat(matches("giffgaff", "Love #giffgaff")).isTrue();
		assertThat(matches("giffgaff", "hey @giffgaff, help")).isTrue();
		assertThat(matches("@giffgaff", "I use giffgaff")).isFalse();
		assertThat(matches("@giffgaff", "hey @giffgaff")).isTrue();
		assertThat(matches("#giffgaff", "hey @giffgaff")).isFalse();
		assertThat(matches("giffgaff", "mail me at me@giffgaffs.com")).isFalse();
	}

	@Test
	void prefixMatchesWordsThatStartWithIt() {
		assertThat(matches("résili*", "Je vais resilier")).isTrue();
		assertThat(matches("résili*", "RÉSILIATION immédiate")).isTrue();
		assertThat(matches("résili*", "résistance")).isFalse();
		assertThat(matches("roam*", "#roaming charges")).isTrue();
	}

	@Test
	void caseAndAccentsDoNotCount() {
		assertThat(matches("inacceptable", "C'est INACCEPTABLE")).isTrue();
		assertThat(matches("prélèvement", "double prelevement ce mois")).isTrue();
		assertThat(matches("\"à l'étranger\"", "pas de réseau A L’ETRANGER")).isTrue();
		assertThat(matches("coeur", "au cœur du problème")).isTrue();
		assertThat(matches("mecontent", "Très mécontent")).isTrue();
	}

	@Test
	void nearFindsTermsWithinSoManyWordsEitherWay() {
		assertThat(matches("sky NEAR/2 outage", "sky broadband outage")).isTrue();
		assertThat(matches("outage NEAR/2 sky", "sky broadband outage")).isTrue();
		assertThat(matches("sky NEAR/1 outage", "sky broadband outage")).isFalse();
		assertThat(matches("sky NEAR/3 outage", "outage hitting the whole of sky")).isFalse();
		assertThat(matches("sky NEAR/5 outage", "outage hitting the whole of sky")).isTrue();
		assertThat(matches("\"no signal\" NEAR/3 giffgaff", "No signal again with @giffgaff")).isTrue();
		assertThat(matches("slow* NEAR/2 M125", "M125 slower than ever")).isTrue();
	}

	@Test
	void nearJoinsOnlyTermsOrPhrases() {
		assertThatThrownBy(() -> Query.parse("(sky OR bt) NEAR/3 outage"))
				.isInstanceOf(QuerySyntaxException.class)
				.hasMessage("query \"(sky OR bt) NEAR/3 outage\": "
						+ "NEAR/3 joins terms or phrases, not operators or parentheses at column 13");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = {
			"Sky AND                 | 8  | expected a term after AND",
			"Sky OR                  | 7  | expected a term after OR",
			"Sky AND OR outage       | 9  | expected a term after AND, not OR",
			"(Sky OR Virgin          | 15 | expected ) to close the ( opened at column 1",
			"Sky) outage             | 4  | unexpected ) without a ( before it",
			"\"no signal             | 11 | expected a closing quote for the phrase opened at column 1",
			"sky NEAR outage         | 5  | 'expected NEAR/n, n being how many words apart (1 or more)'",
			"sky NEAR/0 outage       | 5  | 'expected NEAR/n, n being how many words apart (1 or more)'",
			"sky NOT                 | 8  | expected a term after NOT",
			"()                      | 2  | 'expected a term after (, not )'",
			"''                      | 1  | expected a term",
			"sky AND 😡              | 9  | expected letters or digits in 😡" })
	void reportsWhereAndWhatWasExpected(String query, int column, String problem) {
		assertThatThrownBy(() -> Query.parse(query))
				.isInstanceOfSatisfying(QuerySyntaxException.class, e -> {
					assertThat(e.column()).isEqualTo(column);
					assertThat(e.problem()).isEqualTo(problem);
					assertThat(e.getMessage()).isEqualTo("query \"" + query + "\": " + problem + " at column " + column);
				});
	}
}
