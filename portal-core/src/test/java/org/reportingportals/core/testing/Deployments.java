package org.reportingportals.core.testing;

import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.asset.StringAsset;
import org.jboss.shrinkwrap.api.importer.ZipImporter;
import org.jboss.shrinkwrap.api.spec.JavaArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

import java.io.File;

/**
 * The WAR exactly as {@code mvn package} built it, plus one library that tells MP-JWT to trust the test
 * signing key and issuer (a config source of higher ordinal than the WAR's own).
 */
public final class Deployments {

    private Deployments() {
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
