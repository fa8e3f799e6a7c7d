package org.reportingportals.core.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;
import java.net.URL;

/**
 * The WAR exactly as {@code mvn package} built it, plus one library that tells MP-JWT to trust the test
 * signing key and issuer (a config source of higher ordinal than the WAR's own).
 */
public final class Deployments {

    private Deployments() {
    }

    private static final java.util.Map<String, URL> REACHABLE = new java.util.concurrent.ConcurrentHashMap<>();

    /**
     * The URL the deployed platform really answers on. Arquillian picks a random port and Payara Micro, when
     * that port is taken at start, quietly binds the next one while Arquillian keeps reporting the first; so
     * the reported port and the few after it are asked for the platform's own OpenAPI document.
     */
    public static URL reachable(URL reported) {
        return REACHABLE.computeIfAbsent(reported.toString(), key -> {
            for (int offset = 0; offset <= 5; offset++) {
                try {
                    URL candidate = new URL(reported.getProtocol(), reported.getHost(), reported.getPort() + offset,
                            reported.getPath());
                    java.net.HttpURLConnection probe = (java.net.HttpURLConnection) new URL(candidate, "/openapi").openConnection();
                    probe.setConnectTimeout(1000);
                    probe.setReadTimeout(3000);
                    int status = probe.getResponseCode();
                    java.io.InputStream body = status < 400 ? probe.getInputStream() : probe.getErrorStream();
                    String text = body == null ? "" : new String(body.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    if (text.contains("/queue/claims")) {
                        if (offset > 0) {
                            System.out.println("the platform answers on port " + candidate.getPort() + ", not on the reported "
                                    + reported.getPort());
                        }
                        return candidate;
                    }
                } catch (java.io.IOException notHere) {
                    // refused or not our platform: try the next port
                }
            }
            return reported;
        });
    }

    public static WebArchive portal() {
        File war = new File(System.getProperty("it.war", "target/ROOT.war"));
        if (!war.isFile()) {
            throw new IllegalStateException("run 'mvn verify' (the WAR is built in the package phase): " + war);
        }
        String config = "config_ordinal=500\n"
                + "mp.jwt.verify.issuer=" + TestTokens.ISSUER + "\n"
                + "mp.jwt.verify.audiences=" + TestTokens.AUDIENCE + "\n"
                + "mp.jwt.verify.publickey.location=test-jwt/publickey.pem\n";
        JavaArchive trust = ShrinkWrap.create(JavaArchive.class, "test-token-trust.jar")
                .addAsResource(new StringAsset(TestTokens.publicKeyPem()), "test-jwt/publickey.pem")
                .addAsResource(new StringAsset(config), "META-INF/microprofile-config.properties");
        return ShrinkWrap.create(ZipImporter.class, "ROOT.war").importFrom(war).as(WebArchive.class)
                .addAsLibrary(trust);
    }
}
