package org.quicktheories.impl;

import org.quicktheories.core.DetatchedRandomnessSource;
import org.quicktheories.core.PseudoRandom;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.core.Strategy;

/**
 * A QuickTheories randomness source drawn from one seed, so that a {@code Gen} can be sampled outside {@code qt()}.
 * The fuzz test (IntakeFuzzIT) needs that: its cases run inside an Arquillian Jupiter test, each case from a seed of
 * its own so it can be drawn again alone, and {@code qt()} always starts a run with boundary values (every seed's
 * first example is the same). QuickTheories 0.26 offers no public seeded source, and a {@link
 * org.quicktheories.impl.Constraint}'s bounds are package-private; hence this class lives in the library's package
 * (test classpath only, no module path).
 */
public final class SeededSource implements DetatchedRandomnessSource {

    private final PseudoRandom prng;

    public SeededSource(long seed) {
        this.prng = Strategy.defaultPRNG(seed);
    }

    @Override
    public long next(Constraint constraint) {
        return prng.nextLong(constraint.min(), constraint.max());
    }

    /** Nothing is replayed or shrunk, so a detached source is this one. */
    @Override
    public DetatchedRandomnessSource detach() {
        return this;
    }

    @Override
    public void commit() {
    }

    /** A generator's assumption failed; it draws again from the same source, as QuickTheories' own sources let it. */
    @Override
    public void registerFailedAssumption() {
    }
}
