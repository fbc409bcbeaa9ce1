package io.mistral4j.tck.transport;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * A certificate authority made at run time for TLS tests: it signs server certificates for
 * given IP addresses and host names, and builds the server's and the client's
 * {@link SSLContext}s. Keys are EC P-256 (fast to generate); certificates are X.509 v3 signed
 * with ECDSA over SHA-256, valid from an hour ago for a day. Nothing touches the disk.
 */
public final class TestCertificateAuthority {

    private static final String EC_SHA256 = "1.2.840.10045.4.3.2";
    private static final String COMMON_NAME = "2.5.4.3";
    private static final String BASIC_CONSTRAINTS = "2.5.29.19";
    private static final String SUBJECT_ALT_NAME = "2.5.29.17";
    private static final char[] PASSWORD = "tck".toCharArray();
    private static final AtomicLong SERIALS = new AtomicLong(System.currentTimeMillis());

    private final String name;
    private final KeyPair keys;
    private final X509Certificate certificate;

    private TestCertificateAuthority(String name, KeyPair keys, X509Certificate certificate) {
        this.name = name;
        this.keys = keys;
        this.certificate = certificate;
    }

    /** A new self-signed CA with the given common name. */
    public static TestCertificateAuthority create(String commonName) {
        KeyPair keys = newKeyPair();
        byte[] extensions = Der.sequence(extension(BASIC_CONSTRAINTS, true, Der.sequence(Der.bool(true))));
        X509Certificate certificate = sign(commonName, commonName, keys.getPublic().getEncoded(), extensions,
                keys.getPrivate());
        return new TestCertificateAuthority(commonName, keys, certificate);
    }

    public X509Certificate certificate() {
        return certificate;
    }

    /**
     * A server certificate signed by this CA whose subject alternative names are exactly the
     * given IP addresses and DNS names.
     */
    public Issued issue(String commonName, List<String> ipAddresses, List<String> dnsNames) {
        KeyPair serverKeys = newKeyPair();
        List<byte[]> names = new ArrayList<>();
        for (String ip : ipAddresses) {
            names.add(Der.implicitPrimitive(7, addressBytes(ip)));
        }
        for (String dns : dnsNames) {
            names.add(Der.implicitPrimitive(2, dns.getBytes(java.nio.charset.StandardCharsets.US_ASCII)));
        }
        byte[] extensions = Der.sequence(
                extension(BASIC_CONSTRAINTS, true, Der.sequence()),
                extension(SUBJECT_ALT_NAME, false, Der.sequence(names.toArray(new byte[0][]))));
        X509Certificate leaf = sign(commonName, name, serverKeys.getPublic().getEncoded(), extensions,
                keys.getPrivate());
        return new Issued(serverKeys.getPrivate(), new X509Certificate[] {leaf, certificate});
    }

    /** A client context that trusts this CA only, with the JDK's default protocols. */
    public SSLContext clientContext() {
        try {
            KeyStore trust = KeyStore.getInstance("PKCS12");
            trust.load(null, null);
            trust.setCertificateEntry("ca", certificate);
            TrustManagerFactory factory = TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
            factory.init(trust);
            SSLContext context = SSLContext.getInstance("TLS");
            context.init(null, factory.getTrustManagers(), new SecureRandom());
            return context;
        } catch (GeneralSecurityException | java.io.IOException e) {
            throw new IllegalStateException("cannot build the client TLS context", e);
        }
    }

    /** A server certificate with its key and chain (leaf first). */
    public static final class Issued {
        private final PrivateKey key;
        private final X509Certificate[] chain;

        private Issued(PrivateKey key, X509Certificate[] chain) {
            this.key = key;
            this.chain = chain;
        }

        public X509Certificate[] chain() {
            return chain.clone();
        }

        /** A server context presenting this certificate. */
        public SSLContext serverContext() {
            try {
                KeyStore store = KeyStore.getInstance("PKCS12");
                store.load(null, null);
                store.setKeyEntry("server", key, PASSWORD, chain);
                KeyManagerFactory factory = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
                factory.init(store, PASSWORD);
                SSLContext context = SSLContext.getInstance("TLS");
                context.init(factory.getKeyManagers(), null, new SecureRandom());
                return context;
            } catch (GeneralSecurityException | java.io.IOException e) {
                throw new IllegalStateException("cannot build the server TLS context", e);
            }
        }
    }

    private static X509Certificate sign(String subject, String issuer, byte[] subjectPublicKeyInfo, byte[] extensions,
                                        PrivateKey signer) {
        ZonedDateTime now = ZonedDateTime.now(ZoneOffset.UTC);
        byte[] algorithm = Der.sequence(Der.oid(EC_SHA256));
        byte[] tbs = Der.sequence(
                Der.explicit(0, Der.integer(BigInteger.TWO)),
                Der.integer(BigInteger.valueOf(SERIALS.incrementAndGet())),
                algorithm,
                name(issuer),
                Der.sequence(Der.utcTime(now.minusHours(1)), Der.utcTime(now.plusDays(1))),
                name(subject),
                subjectPublicKeyInfo,
                Der.explicit(3, extensions));
        try {
            Signature signature = Signature.getInstance("SHA256withECDSA");
            signature.initSign(signer);
            signature.update(tbs);
            byte[] encoded = Der.sequence(tbs, algorithm, Der.bitString(signature.sign()));
            return (X509Certificate) CertificateFactory.getInstance("X.509")
                    .generateCertificate(new ByteArrayInputStream(encoded));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign a test certificate", e);
        }
    }

    private static byte[] name(String commonName) {
        return Der.sequence(Der.set(Der.sequence(Der.oid(COMMON_NAME), Der.utf8(commonName))));
    }

    private static byte[] extension(String oid, boolean critical, byte[] value) {
        return critical ? Der.sequence(Der.oid(oid), Der.bool(true), Der.octetString(value))
                : Der.sequence(Der.oid(oid), Der.octetString(value));
    }

    private static KeyPair newKeyPair() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(new ECGenParameterSpec("secp256r1"));
            return generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot generate an EC key pair", e);
        }
    }

    private static byte[] addressBytes(String literal) {
        try {
            return InetAddress.getByName(literal).getAddress();   // a literal: no lookup happens
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address literal: " + literal, e);
        }
    }
}
