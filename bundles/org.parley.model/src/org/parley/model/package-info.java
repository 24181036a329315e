/**
 * Parley's metamodel: the plan of a brand's social conversations, as EMF objects.
 * <p>
 * The types are generated from {@code model/parley.ecore} into {@code src-gen/}, which is never edited by hand
 * (regenerate with {@code ./mvnw -f releng/org.parley.modelgen/pom.xml -q compile exec:java}); hand-written
 * additions live in {@code src/}. Each aggregate ({@link org.parley.model.Strategy}, {@link org.parley.model.Matrix},
 * {@link org.parley.model.ChannelCatalog}, {@link org.parley.model.Listening}, one {@link org.parley.model.Schedule}
 * per month and the backlog) is the root of a file of its own; a {@link org.parley.model.Plan} ties them together
 * in memory, and references between files name their target by its {@link org.parley.model.Identified#getId() id}.
 * Dates and times are {@code java.time} values stored in their ISO-8601 text form.
 */
package org.parley.model;
