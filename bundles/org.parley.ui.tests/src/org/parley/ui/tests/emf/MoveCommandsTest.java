package org.parley.ui.tests.emf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.model.Brand;
import org.parley.model.Strategy;
import org.parley.model.Topic;
import org.parley.ui.editor.internal.MoveCommands;
import org.parley.ui.editor.internal.MoveCommands.Where;

class MoveCommandsTest {

	@TempDir
	Path folder;

	private SampleDomain sample;
	private Strategy strategy;

	@BeforeEach
	void loadSample() throws IOException {
		sample = SampleDomain.in(folder);
		strategy = sample.plan().getStrategy();
	}

	@Test
	void aTopicDroppedOnAnotherBecomesItsSubTopicUndoably() {
		List<Topic> roots = strategy.getTopics().stream().filter(t -> t.getParent() == null).toList();
		Topic moved = roots.get(0);
		Topic parent = roots.get(1);

		Command drop = MoveCommands.drop(sample.domain(), parent, Where.ON, List.of(moved));
		sample.domain().getCommandStack().execute(drop);

		assertThat(drop.getLabel()).isEqualTo("Move Topic");
		assertThat(moved.getParent()).isSameAs(parent);
		sample.domain().getCommandStack().undo();
		assertThat(moved.getParent()).isNull();
	}

	@Test
	void aTopicDroppedOnTheStrategyBecomesATopLevelTopic() {
		Topic child = strategy.getTopics().stream().filter(t -> t.getParent() != null).findFirst().orElseThrow();

		sample.domain().getCommandStack().execute(MoveCommands.drop(sample.domain(), strategy, Where.ON, List.of(child)));

		assertThat(child.getParent()).isNull();
	}

	@Test
	void aTopicCannotMoveUnderItsOwnSubTopic() {
		Topic child = strategy.getTopics().stream().filter(t -> t.getParent() != null).findFirst().orElseThrow();

		assertThat(MoveCommands.drop(sample.domain(), child, Where.ON, List.of(child.getParent())).canExecute()).isFalse();
	}

	@Test
	void droppingBeforeASiblingReorders() {
		Brand last = strategy.getBrands().get(strategy.getBrands().size() - 1);
		Brand first = strategy.getBrands().get(0);

		sample.domain().getCommandStack().execute(MoveCommands.drop(sample.domain(), first, Where.BEFORE, List.of(last)));

		assertThat(strategy.getBrands().get(0)).isSameAs(last);
		assertThat(strategy.getBrands().get(1)).isSameAs(first);
	}
}
