package org.parley.core.sample;

import java.util.SplittableRandom;
import java.util.UUID;

import org.parley.model.Identified;

/**
 * Random-looking version 4 UUIDs drawn from a seeded generator: as unique as random ones in practice,
 * yet the same for the same seed, and much cheaper than hashing a key per object.
 */
final class SeededIds {

    private final SplittableRandom random;

    SeededIds(long seed) {
        random = new SplittableRandom(seed);
    }

    <T extends Identified> T identify(T object) {
        long most = (random.nextLong() & ~0xF000L) | 0x4000L;
        long least = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        object.setId(new UUID(most, least).toString());
        return object;
    }
}
