package org.reportingportals.themes.chain.control;

import java.net.URL;
import java.net.URLClassLoader;
import java.util.Objects;

/**
 * The test themes under {@code src/test/resources/theme-chain/}, seen through a class loader of their own so
 * that the shipped {@code themes/base} is not on it: base, regional (parent base), tenant and quiet (parent
 * regional), and broken ones (loop-a/loop-b, spiral, orphan, bare, misspelt).
 */
public final class ThemeFixture {

    private ThemeFixture() {
    }

    public static ClassLoader loader() {
        URL root = Objects.requireNonNull(ThemeFixture.class.getResource("/theme-chain/"), "test resources missing");
        return new URLClassLoader(new URL[]{root}, null);
    }

    public static ThemeChains chains() {
        return new ThemeChains(loader());
    }
}
