package org.parley.ui.matrix.grid;

import org.eclipse.collections.api.factory.Maps;
import org.eclipse.collections.api.factory.Sets;
import org.eclipse.collections.api.factory.primitive.IntBooleanMaps;
import org.eclipse.collections.api.factory.primitive.IntDoubleMaps;
import org.eclipse.collections.api.factory.primitive.IntIntMaps;
import org.eclipse.collections.api.factory.primitive.IntLists;
import org.eclipse.collections.api.factory.primitive.IntObjectMaps;
import org.eclipse.collections.api.factory.primitive.IntSets;
import org.eclipse.collections.api.factory.primitive.ObjectIntMaps;
import org.eclipse.collections.impl.list.mutable.primitive.IntArrayList;

/**
 * NatTable's layers use Eclipse Collections, whose factories find their implementations with a
 * {@link java.util.ServiceLoader} on the thread's context class loader, once, when first used. In OSGi that loader
 * does not see the implementation bundle, and each factory then keeps a stand-in that fails on every call ("Could
 * not find any implementations of MutableSetFactory"). So the factories NatTable uses are made here first, with the
 * implementation bundle's loader as context loader.
 */
final class CollectionsFactories {

	private static boolean ready;

	private CollectionsFactories() {
	}

	static synchronized void ensureLoaded() {
		if (ready) {
			return;
		}
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(IntArrayList.class.getClassLoader());
		try {
			IntLists.mutable.empty();
			IntSets.mutable.empty();
			IntSets.immutable.empty();
			IntIntMaps.mutable.empty();
			IntObjectMaps.mutable.empty();
			ObjectIntMaps.mutable.empty();
			IntDoubleMaps.mutable.empty();
			IntBooleanMaps.mutable.empty();
			Maps.mutable.empty();
			Sets.mutable.empty();
			ready = true;
		} finally {
			thread.setContextClassLoader(previous);
		}
	}
}
