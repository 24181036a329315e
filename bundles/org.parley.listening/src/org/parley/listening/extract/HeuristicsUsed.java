package org.parley.listening.extract;

/**
 * Which of the main text heuristics changed anything in one pass: a later pass that only leaves out heuristics
 * that changed nothing would find the same text, and is skipped.
 */
final class HeuristicsUsed {

    boolean strippedUnlikely;
    boolean weightedClasses;
    boolean cleanedConditionally;

    /** Whether a pass with these switches would find what the pass with {@code last}'s switches found. */
    boolean repeats(MainTextExtractor.Pass last, MainTextExtractor.Pass next) {
        return (last.stripUnlikely() == next.stripUnlikely() || !strippedUnlikely)
                && (last.weightClasses() == next.weightClasses() || !weightedClasses)
                && (last.conditional() == next.conditional() || !cleanedConditionally);
    }
}
