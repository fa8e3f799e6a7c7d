package org.reportingportals.core.reports.control;

import com.ibm.icu.text.SpoofChecker;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Warns analysts about host names built to look like others, with ICU's UTS #39 machinery:
 * <ul>
 *   <li>{@code mixed-script}: a label mixes scripts a real name would not (Latin with Cyrillic, say);</li>
 *   <li>{@code looks-like-latin}: a non-ASCII host whose confusable skeleton is plain ASCII
 *       ({@code раураl.com}, all Cyrillic, reads as {@code paypal.com});</li>
 *   <li>{@code invisible}: invisible or combining characters stacked where they should not be.</li>
 * </ul>
 * Flags are advice for a person; nothing is blocked by them.
 */
public final class HostSpoofing {

    public static final String MIXED_SCRIPT = "mixed-script";
    public static final String LOOKS_LIKE_LATIN = "looks-like-latin";
    public static final String INVISIBLE = "invisible";

    private final SpoofChecker restriction = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.RESTRICTION_LEVEL)
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
            .build();
    private final SpoofChecker invisible = new SpoofChecker.Builder().setChecks(SpoofChecker.INVISIBLE).build();
    private final SpoofChecker skeletons = new SpoofChecker.Builder().setChecks(SpoofChecker.CONFUSABLE).build();

    public List<String> flags(String hostUnicode) {
        List<String> flags = new ArrayList<>();
        if (hostUnicode.chars().allMatch(c -> c < 0x80)) {
            return flags;
        }
        boolean mixed = false;
        boolean hidden = false;
        for (String label : hostUnicode.split("\\.")) {
            if (label.isEmpty()) {
                continue;
            }
            mixed |= restriction.failsChecks(label);
            hidden |= invisible.failsChecks(label);
        }
        if (mixed) {
            flags.add(MIXED_SCRIPT);
        }
        String skeleton = skeletons.getSkeleton(hostUnicode);
        if (skeleton.chars().allMatch(c -> c < 0x80)) {
            flags.add(LOOKS_LIKE_LATIN);
        }
        if (hidden) {
            flags.add(INVISIBLE);
        }
        return flags;
    }

    /** The flag names, for documentation and validation. */
    public static Set<String> names() {
        return Set.of(MIXED_SCRIPT, LOOKS_LIKE_LATIN, INVISIBLE);
    }

}
