package org.parley.core.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.SamplePlans;
import org.parley.model.ChannelCatalog;
import org.parley.model.ChannelRules;
import org.parley.model.ConflictKind;
import org.parley.model.ConversationCell;
import org.parley.model.Matrix;
import org.parley.model.Member;
import org.parley.model.ParleyFactory;
import org.parley.model.Strategy;
import org.parley.model.Team;
import org.parley.model.Topic;

class ModelMergerTest {

	@TempDir
	Path dir;

	private byte[] strategyBytes;
	private byte[] matrixBytes;
	private final ModelMerger merger = new ModelMerger();

	@BeforeEach
	void saveSample() throws IOException {
		LoadedProject project = ModelFiles.sample(dir);
		strategyBytes = ModelFiles.bytesOf(project, project.plan().getStrategy());
		matrixBytes = ModelFiles.bytesOf(project, project.plan().getMatrix());
	}

	@Test
	void keepsBothSidesWhenDifferentObjectsChange() {
		Strategy base = strategy();
		Strategy ours = strategy();
		Strategy theirs = strategy();
		ours.getTeams().get(0).setName("Brand marketing");
		theirs.getTeams().get(1).setName("Care");

		MergeResult result = merger.merge(base, ours, theirs);

		assertThat(result.clean()).isTrue();
		assertThat(ours.getTeams()).extracting(Team::getName).containsExactly("Brand marketing", "Care");
	}

	@Test
	void keepsBothSidesWhenDifferentAttributesOfOneObjectChange() {
		Matrix base = matrix();
		Matrix ours = matrix();
		Matrix theirs = matrix();
		ours.getCells().get(0).setGoal("Delight");
		theirs.getCells().get(0).setTone("Warm");

		MergeResult result = merger.merge(base, ours, theirs);

		assertThat(result.clean()).isTrue();
		assertThat(ours.getCells().get(0).getGoal()).isEqualTo("Delight");
		assertThat(ours.getCells().get(0).getTone()).isEqualTo("Warm");
	}

	@Test
	void keepsObjectsThatBothSidesAdded() {
		Strategy base = strategy();
		Strategy ours = strategy();
		Strategy theirs = strategy();
		ours.getTeams().add(team("team-ours", "HR"));
		theirs.getTeams().add(team("team-theirs", "Community"));

		MergeResult result = merger.merge(base, ours, theirs);

		assertThat(result.clean()).isTrue();
		assertThat(ours.getTeams()).extracting(Team::getName).containsExactlyInAnyOrder("Marketing",
				"Customer service", "HR", "Community");
	}

	@Test
	void putsTheirNewObjectAfterTheSiblingItFollows() {
		Strategy base = strategy();
		Strategy ours = strategy();
		Strategy theirs = strategy();
		theirs.getTeams().add(1, team("team-theirs", "Community"));

		merger.merge(base, ours, theirs);

		assertThat(ours.getTeams()).extracting(Team::getName).containsExactly("Marketing", "Community",
				"Customer service");
	}

	@Test
	void appliesTheirReorderOfAList() {
		Strategy base = strategy();
		Strategy ours = strategy();
		Strategy theirs = strategy();
		theirs.getTopics().move(0, 1);
		ours.getTopics().get(0).setName("Espresso drinks");

		MergeResult result = merger.merge(base, ours, theirs);

		assertThat(result.clean()).isTrue();
		assertThat(ours.getTopics()).extracting(Topic::getName).containsExactly("Coffee", "Espresso drinks");
	}

	@Test
	void mergesValuesBothSidesAddedToOneList() {
		Strategy base = strategy();
		Strategy ours = strategy();
		Strategy theirs = strategy();
		ours.getBrands().get(0).getAliases().add("Parley Café");
		theirs.getBrands().get(0).getAliases().add("@parley");

		MergeResult result = merger.merge(base, ours, theirs);

		assertThat(result.clean()).isTrue();
		assertThat(ours.getBrands().get(0).getAliases()).containsExactly("Parley Coffee", "Parley Café", "@parley");
	}

	@Test
	void appliesTheirChangeOfACrossFileReference() {
		Matrix base = matrix();
		Matrix ours = matrix();
		Matrix theirs = matrix();
		Strategy strategy = strategy();
		theirs.getCells().get(0).setTeam(strategy.getTeams().get(1));
		ours.getCells().get(0).setGoal("Delight");

		MergeResult result = merger.merge(base, ours, theirs);

		assertThat(result.clean()).isTrue();
		ConversationCell cell = ours.getCells().get(0);
		assertThat(org.eclipse.emf.ecore.util.EcoreUtil.getURI(cell.getTeam()).fragment())
				.isEqualTo(SamplePlans.id("team", 1));
	}

	@Test
	void deletesWhatTheyDeletedAndWeLeftAlone() {
		Strategy base = strategy();
		Strategy ours = strategy();
		Strategy theirs = strategy();
		theirs.getTopics().remove(1);
		theirs.getTopics().get(0).setParent(null);

		MergeResult result = merger.merge(base, ours, theirs);

		assertThat(result.clean()).isTrue();
		assertThat(ours.getTopics()).extracting(Topic::getName).containsExactly("Espresso");
		assertThat(ours.getTopics().get(0).getParent()).isNull();
	}

	@Test
	void dropsOurReferencesToWhatTheyDeleted() {
		Strategy base = strategy();
		Strategy ours = strategy();
		Strategy theirs = strategy();
		theirs.getTopics().remove(1);

		merger.merge(base, ours, theirs);

		assertThat(ours.getTopics()).hasSize(1);
		assertThat(ours.getTopics().get(0).getParent()).isNull();
	}

	@Test
	void recordsAConflictWhenOneAttributeChangesTwoWays() {
		Matrix base = matrix();
		Matrix ours = matrix();
		Matrix theirs = matrix();
		ours.getCells().get(0).setGoal("Delight");
		theirs.getCells().get(0).setGoal("Retain");

		MergeResult result = merger.merge(base, ours, theirs);

		assertThat(ours.getCells().get(0).getGoal()).isEqualTo("Delight");
		assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
			assertThat(conflict.getKind()).isEqualTo(ConflictKind.MODIFY_MODIFY);
			assertThat(conflict.getObjectId()).isEqualTo(SamplePlans.id("cell", 0));
			assertThat(conflict.getFeatureName()).isEqualTo("goal");
			assertThat(conflict.getBaseValue()).isEqualTo("Turn fans into lovers");
			assertThat(conflict.getOursValue()).isEqualTo("Delight");
			assertThat(conflict.getTheirsValue()).isEqualTo("Retain");
		});
		assertThat(ours.getConflicts()).containsExactlyElementsOf(result.conflicts());
	}

	@Test
	void recordsAConflictWhenTheyDeleteWhatWeChanged() {
		Strategy base = strategy();
		Strategy ours = strategy();
		Strategy theirs = strategy();
		ours.getTeams().get(1).setName("Care");
		theirs.getTeams().remove(1);

		MergeResult result = merger.merge(base, ours, theirs);

		assertThat(ours.getTeams()).extracting(Team::getName).containsExactly("Marketing", "Care");
		assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
			assertThat(conflict.getKind()).isEqualTo(ConflictKind.DELETE_MODIFY);
			assertThat(conflict.getObjectId()).isEqualTo(SamplePlans.id("team", 1));
		});
	}

	@Test
	void recordsAConflictWhenWeDeleteWhatTheyChanged() {
		Strategy base = strategy();
		Strategy ours = strategy();
		Strategy theirs = strategy();
		ours.getTeams().remove(1);
		theirs.getTeams().get(1).setName("Care");

		MergeResult result = merger.merge(base, ours, theirs);

		assertThat(ours.getTeams()).extracting(Team::getName).containsExactly("Marketing");
		assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
			assertThat(conflict.getKind()).isEqualTo(ConflictKind.DELETE_MODIFY);
			assertThat(conflict.getOursValue()).isEqualTo("deleted");
			assertThat(conflict.getTheirsValue()).isEqualTo("name=Care");
		});
	}

	@Test
	void copiesTheirNewObjectWithItsReferences() throws IOException {
		Matrix base = matrix();
		Matrix ours = matrix();
		Matrix theirs = matrix();
		Strategy strategy = strategy();
		ConversationCell cell = ParleyFactory.eINSTANCE.createConversationCell();
		cell.setId("cell-new");
		cell.setTeam(strategy.getTeams().get(1));
		cell.getTopics().add(strategy.getTopics().get(0));
		theirs.getCells().add(cell);

		MergeResult result = merger.merge(base, ours, theirs);

		assertThat(result.clean()).isTrue();
		String merged = new String(ModelFiles.write(ours), java.nio.charset.StandardCharsets.UTF_8);
		assertThat(merged).contains("<cells id=\"cell-new\">", "<team href=\"strategy.parley#" + SamplePlans.id("team", 1),
				"<topics href=\"strategy.parley#" + SamplePlans.id("topic", 1));
	}

	@Test
	void writesAMergedFileThatLoadsAgain() throws IOException {
		Matrix base = matrix();
		Matrix ours = matrix();
		Matrix theirs = matrix();
		ours.getCells().get(0).setGoal("Delight");
		theirs.getCells().get(0).setGoal("Retain");
		merger.merge(base, ours, theirs);

		Matrix reread = ModelFiles.read(ModelFiles.write(ours), "matrix.parley");

		assertThat(reread.getConflicts()).singleElement()
				.satisfies(conflict -> assertThat(conflict.getTheirsValue()).isEqualTo("Retain"));
	}

	@Test
	void takesBothSidesOfAFileAddedOnBothBranches() {
		Strategy ours = strategy();
		Strategy theirs = strategy();
		theirs.getTeams().add(team("team-theirs", "Community"));

		MergeResult result = merger.merge(null, ours, theirs);

		assertThat(result.clean()).isTrue();
		assertThat(ours.getTeams()).extracting(Team::getName).contains("Community");
	}

	@Test
	void movesWhatTheyMovedToAnotherContainer() throws IOException {
		byte[] withMember = strategyWithMember();
		Strategy base = ModelFiles.read(withMember, "strategy.parley");
		Strategy ours = ModelFiles.read(withMember, "strategy.parley");
		Strategy theirs = ModelFiles.read(withMember, "strategy.parley");
		theirs.getTeams().get(1).getMembers().add(theirs.getTeams().get(0).getMembers().get(0));
		ours.getTeams().get(0).getMembers().get(0).setRole("Lead");

		MergeResult result = merger.merge(base, ours, theirs);

		assertThat(result.clean()).isTrue();
		assertThat(ours.getTeams().get(0).getMembers()).isEmpty();
		assertThat(ours.getTeams().get(1).getMembers()).singleElement()
				.satisfies(member -> assertThat(member.getRole()).isEqualTo("Lead"));
	}

	@Test
	void recordsAConflictWhenBothSidesFillOneSlotWithDifferentObjects() {
		byte[] channels = ModelFiles.write(channelsOf(dir));
		ChannelCatalog base = ModelFiles.read(channels, "channels.parley");
		ChannelCatalog ours = ModelFiles.read(channels, "channels.parley");
		ChannelCatalog theirs = ModelFiles.read(channels, "channels.parley");
		ours.getChannels().get(0).setRules(rules("rules-ours", 280));
		theirs.getChannels().get(0).setRules(rules("rules-theirs", 500));

		MergeResult result = merger.merge(base, ours, theirs);

		assertThat(ours.getChannels().get(0).getRules().getMaxTextLength()).isEqualTo(280);
		assertThat(result.conflicts()).singleElement().satisfies(conflict -> {
			assertThat(conflict.getKind()).isEqualTo(ConflictKind.ADD_ADD);
			assertThat(conflict.getFeatureName()).isEqualTo("rules");
			assertThat(conflict.getOursValue()).isEqualTo("rules-ours");
			assertThat(conflict.getTheirsValue()).isEqualTo("rules-theirs");
		});
	}

	private byte[] strategyWithMember() throws IOException {
		Strategy strategy = strategy();
		Member member = ParleyFactory.eINSTANCE.createMember();
		member.setId("member-1");
		member.setName("Ada");
		strategy.getTeams().get(0).getMembers().add(member);
		return ModelFiles.write(strategy);
	}

	private static ChannelCatalog channelsOf(Path dir) {
		try {
			return new org.parley.core.storage.ProjectStore().load(dir).plan().getChannels();
		} catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}

	private static ChannelRules rules(String id, int maxTextLength) {
		ChannelRules rules = ParleyFactory.eINSTANCE.createChannelRules();
		rules.setId(id);
		rules.setMaxTextLength(maxTextLength);
		return rules;
	}

	private Strategy strategy() {
		return ModelFiles.read(strategyBytes, "strategy.parley");
	}

	private Matrix matrix() {
		return ModelFiles.read(matrixBytes, "matrix.parley");
	}

	private static Team team(String id, String name) {
		Team team = ParleyFactory.eINSTANCE.createTeam();
		team.setId(id);
		team.setName(name);
		return team;
	}
}
