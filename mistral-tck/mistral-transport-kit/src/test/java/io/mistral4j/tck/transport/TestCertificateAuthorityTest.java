package io.mistral4j.tck.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SignatureException;
import java.security.cert.CertPathValidator;
import java.security.cert.CertificateFactory;
import java.security.cert.PKIXParameters;
import java.security.cert.TrustAnchor;
import java.security.cert.X509Certificate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The run-time CA's DER encoding: the JDK parses, verifies and validates what it builds. */
class TestCertificateAuthorityTest {

    @Test
    void issuesAServerCertificateThatValidatesAgainstTheAuthority() throws Exception {
        TestCertificateAuthority authority = TestCertificateAuthority.create("Kit CA");
        X509Certificate[] chain = authority.issue("127.0.0.1", List.of("127.0.0.1"), List.of("localhost")).chain();

        X509Certificate leaf = chain[0];
        leaf.checkValidity();
        leaf.verify(authority.certificate().getPublicKey());
        assertThat(leaf.getSubjectX500Principal().getName()).isEqualTo("CN=127.0.0.1");
        assertThat(leaf.getIssuerX500Principal().getName()).isEqualTo("CN=Kit CA");
        assertThat(leaf.getBasicConstraints()).as("not a CA").isEqualTo(-1);
        assertThat(leaf.getSubjectAlternativeNames().stream().map(name -> name.get(0) + "=" + name.get(1))
                .collect(Collectors.toSet())).isEqualTo(Set.of("7=127.0.0.1", "2=localhost"));
        assertThat(authority.certificate().getBasicConstraints()).as("a CA").isGreaterThanOrEqualTo(0);

        PKIXParameters parameters = new PKIXParameters(Set.of(new TrustAnchor(authority.certificate(), null)));
        parameters.setRevocationEnabled(false);
        CertPathValidator.getInstance("PKIX").validate(
                CertificateFactory.getInstance("X.509").generateCertPath(List.of(leaf)), parameters);
    }

    @Test
    void anotherAuthoritysKeyDoesNotVerifyIt() {
        TestCertificateAuthority authority = TestCertificateAuthority.create("Kit CA");
        TestCertificateAuthority stranger = TestCertificateAuthority.create("Stranger CA");
        X509Certificate leaf = authority.issue("server", List.of("127.0.0.1"), List.of()).chain()[0];
        assertThatThrownBy(() -> leaf.verify(stranger.certificate().getPublicKey()))
                .isInstanceOf(SignatureException.class);
    }

    @Test
    void oidsAndLengthsAreEncodedAsDerRequires() {
        assertThat(Der.oid("1.2.840.10045.4.3.2")).containsExactly(0x06, 0x08, 0x2A, 0x86, 0x48, 0xCE, 0x3D, 0x04,
                0x03, 0x02);
        assertThat(Der.tlv(0x04, new byte[200])).startsWith(0x04, 0x81, 0xC8);
        assertThat(Der.tlv(0x04, new byte[300])).startsWith(0x04, 0x82, 0x01, 0x2C);
    }
}
