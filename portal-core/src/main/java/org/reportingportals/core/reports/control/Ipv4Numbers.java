package org.reportingportals.core.reports.control;

import java.util.Optional;

/**
 * WHATWG IPv4 host parsing: decimal, octal and hex parts, one to four of them. Browsers open
 * {@code http://0x7f.1/} as {@code 127.0.0.1}, so a host that ends in a number must be read the way they read
 * it, or an analyst would see a name where the browser goes to an address.
 */
final class Ipv4Numbers {

    private Ipv4Numbers() {
    }

    /** Whether the last label (before an optional root dot) is a number, which makes the whole host IPv4. */
    static boolean endsInNumber(String host) {
        String[] parts = host.split("\\.", -1);
        String last = parts[parts.length - 1];
        if (last.isEmpty() && parts.length > 1) {
            last = parts[parts.length - 2];
        }
        return !last.isEmpty() && (last.chars().allMatch(Character::isDigit)
                || last.matches("0[xX][0-9a-fA-F]*"));
    }

    /** The dotted-decimal address, or empty where the parts are not numbers or overflow their place. */
    static Optional<String> parse(String host) {
        String[] parts = host.split("\\.", -1);
        int count = parts.length;
        if (parts[count - 1].isEmpty() && count > 1) {
            count--;
        }
        if (count > 4) {
            return Optional.empty();
        }
        long[] numbers = new long[count];
        for (int i = 0; i < count; i++) {
            Long n = number(parts[i]);
            if (n == null) {
                return Optional.empty();
            }
            numbers[i] = n;
        }
        for (int i = 0; i < count - 1; i++) {
            if (numbers[i] > 255) {
                return Optional.empty();
            }
        }
        if (numbers[count - 1] >= (1L << (8 * (5 - count)))) {
            return Optional.empty();
        }
        long address = numbers[count - 1];
        for (int i = 0; i < count - 1; i++) {
            address += numbers[i] << (8 * (3 - i));
        }
        return Optional.of(((address >> 24) & 0xff) + "." + ((address >> 16) & 0xff) + "." + ((address >> 8) & 0xff)
                + "." + (address & 0xff));
    }

    private static Long number(String part) {
        if (part.isEmpty() || part.length() > 12) {
            return null;
        }
        int radix = 10;
        String digits = part;
        if (part.length() >= 2 && (part.startsWith("0x") || part.startsWith("0X"))) {
            radix = 16;
            digits = part.substring(2);
        } else if (part.length() >= 2 && part.startsWith("0")) {
            radix = 8;
            digits = part.substring(1);
        }
        if (digits.isEmpty()) {
            return 0L;
        }
        try {
            return Long.parseLong(digits, radix);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
