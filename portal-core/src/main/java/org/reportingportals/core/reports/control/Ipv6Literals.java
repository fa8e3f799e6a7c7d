package org.reportingportals.core.reports.control;

import java.util.Optional;

/**
 * IPv6 literal validation and RFC 5952 canonical text form, so that one address written two ways is one
 * host to the analysts; never touches the network.
 */
final class Ipv6Literals {

    private Ipv6Literals() {
    }

    /** The canonical form of the text between the brackets, or empty where it is not an IPv6 address. */
    static Optional<String> canonical(String text) {
        if (text.isEmpty() || text.length() > 45 || !text.matches("[0-9A-Fa-f:.]+")) {
            return Optional.empty();
        }
        int[] groups = new int[8];
        String[] halves = text.split("::", -1);
        if (halves.length > 2) {
            return Optional.empty();
        }
        int[] head = groups(halves[0]);
        int[] tail = halves.length == 2 ? groups(halves[1]) : new int[0];
        if (head == null || tail == null) {
            return Optional.empty();
        }
        if (halves.length == 1 && head.length != 8 || halves.length == 2 && head.length + tail.length > 7) {
            return Optional.empty();
        }
        System.arraycopy(head, 0, groups, 0, head.length);
        System.arraycopy(tail, 0, groups, 8 - tail.length, tail.length);
        int bestStart = -1;
        int bestLength = 1;
        for (int i = 0; i < 8; ) {
            if (groups[i] != 0) {
                i++;
                continue;
            }
            int j = i;
            while (j < 8 && groups[j] == 0) {
                j++;
            }
            if (j - i > bestLength) {
                bestStart = i;
                bestLength = j - i;
            }
            i = j;
        }
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            if (i == bestStart) {
                out.append(i == 0 ? "::" : ":");
                i += bestLength - 1;
                continue;
            }
            out.append(Integer.toHexString(groups[i]));
            if (i < 7) {
                out.append(':');
            }
        }
        return Optional.of(out.toString());
    }

    private static int[] groups(String part) {
        if (part.isEmpty()) {
            return new int[0];
        }
        String[] pieces = part.split(":", -1);
        int[] result = new int[pieces.length];
        for (int i = 0; i < pieces.length; i++) {
            if (pieces[i].isEmpty() || pieces[i].length() > 4 || pieces[i].contains(".")) {
                return null;
            }
            result[i] = Integer.parseInt(pieces[i], 16);
        }
        return result;
    }
}
