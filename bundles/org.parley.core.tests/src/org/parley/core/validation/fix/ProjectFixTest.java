package org.parley.core.validation.fix;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.parley.core.calendar.ItemTime;
import org.parley.core.calendar.PostingWindows;
import org.parley.core.sample.SampleProject;
import org.parley.core.storage.LoadedProject;
import org.parley.core.storage.ProjectStore;
import org.parley.core.validation.Finding;
import org.parley.core.validation.PlanValidator;
import org.parley.core.validation.Rule;
import org.parley.model.ChannelVariant;
import org.parley.model.ContentItem;
import org.parley.model.ConversationCell;
import org.parley.model.Member;

/** Quick fixes applied to a sample project on disk, found again by the URI of their finding. */
class ProjectFixTest {

	@TempDir
	Path dir;

	private final ProjectStore store = new ProjectStore();

	@BeforeEach
	void sampleOnDisk() throws IOException {
		store.save(store.create(dir, SampleProject.create()));
	}

	@Test
	void sampleStartsWithoutTheFindingsTheseFixesResolve() throws IOException {
		assertThat(findings(Rule.CELL_WITHOUT_OWNER, Rule.OUTSIDE_POSTING_WINDOW, Rule.DANGLING_REFERENCE)).isEmpty();
	}

	@Test
	void assigningAMemberOfTheTeamGivesTheCellAnOwner() throws IOException {
		LoadedProject project = store.load(dir);
		ConversationCell cell = project.plan().getMatrix().getCells().get(0);
		cell.setOwner(null);
		store.save(project);
		Finding finding = findings(Rule.CELL_WITHOUT_OWNER).get(0);
		List<Member> candidates = OwnerCandidates.of(cell);
		assertThat(candidates).isNotEmpty().allMatch(m -> m.eContainer() == cell.getTeam());

		new ProjectFix().apply(dir, finding.objectUri(),
				object -> OwnerCandidates.assign((ConversationCell) object, candidates.get(0).getId()));

		assertThat(findings(Rule.CELL_WITHOUT_OWNER)).isEmpty();
		ConversationCell reloaded = store.load(dir).plan().getMatrix().getCells().get(0);
		assertThat(reloaded.getOwner().getId()).isEqualTo(candidates.get(0).getId());
	}

	@Test
	void assigningSomeoneOutsideTheTeamIsRefused() throws IOException {
		ConversationCell cell = store.load(dir).plan().getMatrix().getCells().get(0);

		assertThatThrownBy(() -> OwnerCandidates.assign(cell, "nobody")).isInstanceOf(IllegalArgumentException.class)
				.hasMessageContaining("nobody");
	}

	@Test
	void movingToTheNextSlotPutsTheItemInsideEveryPostingWindow() throws IOException {
		LoadedProject project = store.load(dir);
		ContentItem item = itemWithWindow(project);
		item.setScheduledAt(item.getScheduledAt().withHour(3).withMinute(17));
		store.save(project);
		Finding finding = findings(Rule.OUTSIDE_POSTING_WINDOW).get(0);
		LocalDateTime broken = item.getScheduledAt();

		new ProjectFix().apply(dir, finding.objectUri(), NextPostingSlot::move);

		assertThat(findings(Rule.OUTSIDE_POSTING_WINDOW)).isEmpty();
		ContentItem moved = (ContentItem) store.load(dir).resourceSet().getEObject(EcoreUtil.getURI(item), true);
		assertThat(moved.getScheduledAt()).isAfter(broken);
		assertThat(moved.getVariants()).allMatch(v -> PostingWindows.accepts(PostingWindows.of(v.getChannel()),
				ItemTime.startOf(moved).orElseThrow()));
	}

	@Test
	void theNextSlotIsTheEarliestThatFits() throws IOException {
		ContentItem item = itemWithWindow(store.load(dir));
		LocalDateTime inside = item.getScheduledAt();

		assertThat(NextPostingSlot.after(item)).contains(inside);
	}

	@Test
	void removingADanglingReferenceKeepsTheObject() throws IOException {
		LoadedProject project = store.load(dir);
		ConversationCell cell = project.plan().getMatrix().getCells().get(0);
		String owner = cell.getOwner().getId();
		Path matrix = dir.resolve("matrix.parley");
		Files.writeString(matrix, Files.readString(matrix).replace(owner, "00000000-gone"));
		Finding finding = findings(Rule.DANGLING_REFERENCE).get(0);
		assertThat(finding.objectUri().fragment()).isEqualTo(cell.getId());

		new ProjectFix().apply(dir, finding.objectUri(), DanglingReferenceRemover::remove);

		assertThat(findings(Rule.DANGLING_REFERENCE)).isEmpty();
		assertThat(store.load(dir).problems()).isEmpty();
		assertThat(Files.readString(matrix)).doesNotContain("00000000-gone").contains(cell.getId());
	}

	@Test
	void fixingAnObjectThatIsGoneNamesTheFile() {
		URI uri = URI.createFileURI(dir.resolve("matrix.parley").toString()).appendFragment("not-there");

		assertThatThrownBy(() -> new ProjectFix().apply(dir, uri, object -> {
		})).isInstanceOf(IOException.class).hasMessageContaining("matrix.parley").hasMessageContaining("not-there");
	}

	private ContentItem itemWithWindow(LoadedProject project) {
		return project.plan().getSchedules().stream().flatMap(s -> s.getItems().stream())
				.filter(i -> i.getScheduledAt() != null && i.getRecurrence() == null)
				.filter(i -> i.getVariants().stream().map(ChannelVariant::getChannel)
						.anyMatch(c -> PostingWindows.of(c) != null && PostingWindows.of(c).getStartTime() != null
								&& PostingWindows.of(c).getStartTime().getHour() > 4))
				.findFirst().orElseThrow();
	}

	private List<Finding> findings(Rule... rules) throws IOException {
		List<String> ids = java.util.Arrays.stream(rules).map(Rule::id).toList();
		return new PlanValidator().validate(store.load(dir).plan()).stream().filter(f -> ids.contains(f.ruleId()))
				.toList();
	}
}
