package org.parley.ui.tests.emf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Brand;
import org.parley.model.ContentCategory;
import org.parley.model.ContentItem;
import org.parley.model.ParleyPackage;
import org.parley.model.Strategy;

class ChangeCommandsTest {

	@TempDir
	Path folder;

	private SampleDomain sample;
	private CommandStack stack;

	@BeforeEach
	void loadSample() throws IOException {
		sample = SampleDomain.in(folder);
		stack = sample.domain().getCommandStack();
	}

	@Test
	void settingIsNamedAfterTheFeatureAndUndoes() {
		ContentItem item = sample.plan().getSchedules().stream().flatMap(s -> s.getItems().stream()).findFirst().orElseThrow();
		String before = item.getTitle();

		Command set = sample.commands().set(item, ParleyPackage.Literals.CONTENT_ITEM__TITLE, "Launch teaser");
		stack.execute(set);

		assertThat(set.getLabel()).isEqualTo("Set Title");
		assertThat(item.getTitle()).isEqualTo("Launch teaser");
		stack.undo();
		assertThat(item.getTitle()).isEqualTo(before);
	}

	@Test
	void deletingACategoryRemovesTheReferencesOfTheItemsInOtherFiles() {
		ContentCategory category = categoryUsedByItems();
		List<ContentItem> users = itemsOf(category);

		Command delete = sample.commands().delete(List.of(category));
		stack.execute(delete);

		assertThat(delete.getLabel()).isEqualTo("Delete Content Category");
		assertThat(sample.plan().getStrategy().getContentCategories()).doesNotContain(category);
		assertThat(users).allSatisfy(item -> assertThat(item.getCategory()).isNull());
		stack.undo();
		assertThat(users).allSatisfy(item -> assertThat(item.getCategory()).isSameAs(category));
	}

	@Test
	void pastedCopiesGetNewIdsAndKeepTheirContents() {
		Strategy strategy = sample.plan().getStrategy();
		Brand brand = strategy.getBrands().stream().filter(b -> !b.getProducts().isEmpty()).findFirst().orElseThrow();
		int brands = strategy.getBrands().size();

		Command paste = sample.commands().paste(strategy, List.of(brand));
		stack.execute(paste);

		assertThat(paste.getLabel()).isEqualTo("Paste");
		assertThat(strategy.getBrands()).hasSize(brands + 1);
		Brand copy = strategy.getBrands().get(brands);
		assertThat(copy.getName()).isEqualTo(brand.getName());
		assertThat(copy.getId()).isNotEqualTo(brand.getId());
		assertThat(copy.getProducts()).hasSameSizeAs(brand.getProducts());
		assertThat(copy.getProducts().get(0).getId()).isNotEqualTo(brand.getProducts().get(0).getId());
	}

	@Test
	void pastingOnAnObjectThatCannotHoldTheCopiesAddsThemNextToIt() {
		Strategy strategy = sample.plan().getStrategy();
		Brand target = strategy.getBrands().get(0);
		int brands = strategy.getBrands().size();

		stack.execute(sample.commands().paste(target, List.of(strategy.getBrands().get(1))));

		assertThat(strategy.getBrands()).hasSize(brands + 1);
	}

	@Test
	void offersANamedCommandPerKindOfChildThatGivesTheNewObjectAnId() {
		Strategy strategy = sample.plan().getStrategy();
		int brands = strategy.getBrands().size();

		List<Command> children = sample.commands().newChildren(strategy);
		Command newBrand = children.stream().filter(c -> c.getLabel().equals("New Brand")).findFirst().orElseThrow();
		stack.execute(newBrand);

		assertThat(children.stream().map(Command::getLabel).toList()).contains("New Team", "New Topic", "New Campaign");
		assertThat(strategy.getBrands()).hasSize(brands + 1);
		assertThat(strategy.getBrands().get(brands).getId()).isNotBlank();
		assertThat(stack.getUndoCommand().getLabel()).isEqualTo("New Brand");
	}

	private ContentCategory categoryUsedByItems() {
		return sample.plan().getStrategy().getContentCategories().stream().filter(c -> !itemsOf(c).isEmpty())
				.findFirst().orElseThrow();
	}

	private List<ContentItem> itemsOf(ContentCategory category) {
		return sample.plan().getSchedules().stream().flatMap(s -> s.getItems().stream())
				.filter(item -> item.getCategory() == category).toList();
	}
}
