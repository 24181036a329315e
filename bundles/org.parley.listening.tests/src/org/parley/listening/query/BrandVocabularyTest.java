package org.parley.listening.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.parley.listening.analyse.TextSpan;
import org.parley.model.Brand;
import org.parley.model.ParleyFactory;
import org.parley.model.Plan;
import org.parley.model.Product;

class BrandVocabularyTest {

	private static Plan planWithABank() {
		ParleyFactory factory = ParleyFactory.eINSTANCE;
		Plan plan = factory.createPlan();
		plan.setStrategy(factory.createStrategy());
		Brand bank = factory.createBrand();
		bank.setName("Crédit Agricole");
		bank.getAliases().add("le Crédit");
		bank.getHandles().add("@CA_Officiel");
		Product card = factory.createProduct();
		card.setName("Carte Gold");
		card.getAliases().add("Gold Mastercard");
		bank.getProducts().add(card);
		plan.getStrategy().getBrands().add(bank);
		return plan;
	}

	private final BrandVocabulary vocabulary = BrandVocabulary.of(planWithABank());

	private List<String> written(String text) {
		return vocabulary.brands(TokenizedText.of(text)).stream().map(span -> text.substring(span.start(), span.end()))
				.toList();
	}

	@Test
	void findsABrandWhateverItsCaseAndAccents() {
		assertThat(written("CREDIT AGRICOLE a encore augmenté ses frais, merci le credit"))
				.containsExactly("CREDIT AGRICOLE", "le credit");
		assertThat(vocabulary.brands(TokenizedText.of("crédit agricole"))).containsExactly(
				new TextSpan("Crédit Agricole", 0, 15));
	}

	@Test
	void findsABrandWrittenAsOneHashtagOrByItsHandle() {
		assertThat(written("#CreditAgricole répondez @CA_Officiel")).containsExactly("#CreditAgricole", "@CA_Officiel");
	}

	@Test
	void leavesProductsOutOfBrands() {
		assertThat(written("Ma Carte Gold est bloquée")).isEmpty();
	}

	@Test
	void widensAQueryTermThatNamesAProductToItsAliases() {
		Query query = Query.parse("\"carte gold\" AND bloquée", vocabulary);
		assertThat(query.matches("Ma Gold Mastercard est bloquée depuis hier")).isTrue();
		assertThat(query.matches("Ma carte est bloquée")).isFalse();
	}

	@Test
	void aPlanWithoutStrategyHasNoBrands() {
		assertThat(BrandVocabulary.of(ParleyFactory.eINSTANCE.createPlan()).brands(TokenizedText.of("Crédit Agricole")))
				.isEmpty();
	}
}
