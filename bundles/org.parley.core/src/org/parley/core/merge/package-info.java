/**
 * Merging model files by object id and feature: {@link org.parley.core.merge.ModelMerger} merges three trees,
 * {@link org.parley.core.merge.MergeDriver} is the Git merge driver around it.
 */
package org.parley.core.merge;
