package org.reportingportals.core.platform.control;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProviderReachabilityTest {

    private final ThrottleTest.Hand clock = new ThrottleTest.Hand();

    @Test
    void answersFromTheRealmsMetadataKeepingAYesForASecondAndANoForFive() throws IOException {
        HttpServer realm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        AtomicInteger asked = new AtomicInteger();
        realm.createContext("/realms/portal/.well-known/openid-configuration", exchange -> {
            asked.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        realm.start();
        int port = realm.getAddress().getPort();
        ProviderReachability provider = new ProviderReachability(URI.create("http://127.0.0.1:" + port + "/realms/portal"), clock);
        try {
            assertTrue(provider.reachable());
            assertTrue(provider.reachable());
            assertEquals(1, asked.get(), "a burst of sign-ons asks once");
        } finally {
            realm.stop(0);
        }
        assertTrue(provider.reachable(), "still the answer kept");
        clock.now = clock.now.plus(Duration.ofMillis(1100));
        assertFalse(provider.reachable(), "a realm that stopped answering is noticed after a second");
        realm = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        realm.createContext("/", exchange -> {
            asked.incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        realm.start();
        try {
            clock.now = clock.now.plus(Duration.ofSeconds(4));
            assertFalse(provider.reachable(), "a no is kept for five seconds");
            assertEquals(1, asked.get());
            clock.now = clock.now.plus(Duration.ofMillis(1100));
            assertTrue(provider.reachable(), "and asked again after them");
            assertEquals(2, asked.get());
        } finally {
            realm.stop(0);
        }
    }

    @Test
    void aRealmThatAnswersOtherThan200IsNotReachable() throws IOException {
        HttpServer realm = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        realm.createContext("/", exchange -> {
            exchange.sendResponseHeaders(503, -1);
            exchange.close();
        });
        realm.start();
        try {
            assertFalse(new ProviderReachability(URI.create("http://127.0.0.1:" + realm.getAddress().getPort() + "/realms/portal/"),
                    clock).reachable());
        } finally {
            realm.stop(0);
        }
    }
}
