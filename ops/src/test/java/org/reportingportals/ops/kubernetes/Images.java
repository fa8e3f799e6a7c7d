package org.reportingportals.ops.kubernetes;

/** Image references: {@code registry/repository[:tag][@digest]}. */
final class Images {

    private Images() {
    }

    /** The reference without tag or digest (a registry's port is not a tag). */
    static String repository(String image) {
        String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        int colon = withoutDigest.lastIndexOf(':');
        return colon > withoutDigest.lastIndexOf('/') ? withoutDigest.substring(0, colon) : withoutDigest;
    }

    /** The tag, or "" when there is none. */
    static String tag(String image) {
        String withoutDigest = image.contains("@") ? image.substring(0, image.indexOf('@')) : image;
        return withoutDigest.length() == repository(image).length() ? "" : withoutDigest.substring(repository(image).length() + 1);
    }

    /** Pinned: a digest, or a tag that names a version (not latest, not absent). */
    static boolean pinned(String image) {
        if (image.contains("@sha256:")) {
            return true;
        }
        String tag = tag(image);
        return !tag.isEmpty() && !tag.equals("latest") && tag.matches(".*\\d.*");
    }
}
