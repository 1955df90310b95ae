package no.planstatus.support;

import static io.restassured.RestAssured.given;

import io.restassured.RestAssured;
import io.restassured.config.HttpClientConfig;
import io.restassured.specification.RequestSpecification;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.http.conn.params.ConnRoutePNames;

/**
 * Requests sent from a chosen loopback address. Linux answers on the whole of 127.0.0.0/8, so a test can connect
 * from 127.x.y.z for real and the server sees that as the client's address, as it would see another machine's.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    /** A loopback address no other test uses (random in 127.10.0.1 to 127.250.255.254; rows outlive runs). */
    public static String fresh() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        return "127." + random.nextInt(10, 251) + "." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }

    /** A request whose connection leaves from {@code address} to the server's 127.0.0.1. */
    public static RequestSpecification from(String address) {
        InetAddress local;
        try {
            local = InetAddress.getByName(address);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(address, e);
        }
        return given().baseUri("http://127.0.0.1")
                .config(RestAssured.config().httpClient(HttpClientConfig.httpClientConfig()
                        .setParam(ConnRoutePNames.LOCAL_ADDRESS, local)));
    }
}
