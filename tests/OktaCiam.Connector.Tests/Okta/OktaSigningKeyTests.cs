using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Tests.Okta;

public sealed class OktaSigningKeyTests
{
    public static TheoryData<string, string, string> ValidKeys => new()
    {
        { "RSA PKCS#8", OktaTestKeys.RsaPkcs8Pem, SecurityAlgorithms.RsaSha256 },
        { "RSA PKCS#1", OktaTestKeys.RsaPkcs1Pem, SecurityAlgorithms.RsaSha256 },
        { "EC SEC1", OktaTestKeys.EcSec1Pem, SecurityAlgorithms.EcdsaSha256 },
        { "EC PKCS#8", OktaTestKeys.EcPkcs8Pem, SecurityAlgorithms.EcdsaSha256 },
        { "RSA JWK", OktaTestKeys.RsaJwk(), SecurityAlgorithms.RsaSha256 },
        { "EC JWK", OktaTestKeys.EcJwk(), SecurityAlgorithms.EcdsaSha256 },
        { "EC P-384 PEM", ECDsa.Create(ECCurve.NamedCurves.nistP384).ExportPkcs8PrivateKeyPem(), SecurityAlgorithms.EcdsaSha384 },
    };

    [Theory]
    [MemberData(nameof(ValidKeys))]
    public void TryLoad_PrivateKey_PicksTheAlgorithmOfItsType(string kind, string privateKey, string algorithm)
    {
        OktaSigningKey.TryLoad("  " + privateKey + "\n", "kid-1", out var key, out var error).Should().BeTrue(kind + ": " + error);

        using (key)
        {
            key!.Algorithm.Should().Be(algorithm);
            key.KeyId.Should().Be("kid-1");
        }
    }

    [Fact]
    public void TryLoad_JwkWithoutKeyIdOption_UsesTheJwkKid()
    {
        OktaSigningKey.TryLoad(OktaTestKeys.EcJwk("from-jwk"), null, out var key, out _).Should().BeTrue();

        using (key)
        {
            key!.KeyId.Should().Be("from-jwk");
        }
    }

    public static TheoryData<string, string, string> InvalidKeys => new()
    {
        { "empty", "  ", "empty" },
        { "public PEM", OktaTestKeys.Rsa.ExportSubjectPublicKeyInfoPem(), "no private key" },
        { "encrypted PEM", OktaTestKeys.Rsa.ExportEncryptedPkcs8PrivateKeyPem("pw", new PbeParameters(PbeEncryptionAlgorithm.Aes256Cbc, HashAlgorithmName.SHA256, 1000)), "encrypted" },
        { "public JWK", OktaTestKeys.PublicRsaJwk(), "public JWK" },
        { "symmetric JWK", """{"kty":"oct","k":"c2VjcmV0","d":"x"}""", "unsupported key type" },
        { "short RSA", RSA.Create(1024).ExportPkcs8PrivateKeyPem(), "2048" },
        { "damaged PEM", "-----BEGIN PRIVATE KEY-----\nTUlJRXZnSUJBREFOQmdr\n-----END PRIVATE KEY-----", "could not be read" },
        { "damaged JWK", """{"kty":"RSA","n":"!!","e":"AQAB","d":"!!"}""", "could not be read" },
        { "not a key", "hunter2-secret-value", "neither PEM" },
    };

    [Theory]
    [MemberData(nameof(InvalidKeys))]
    public void TryLoad_UnusableKey_SaysWhatIsWrongWithoutEchoingIt(string kind, string privateKey, string expected)
    {
        OktaSigningKey.TryLoad(privateKey, null, out var key, out var error).Should().BeFalse(kind);

        key.Should().BeNull();
        error.Should().Contain(expected).And.Contain("OAuth:PrivateKey");
        foreach (var line in privateKey.Split('\n').Where(l => l.Length > 8 && !l.StartsWith("-----", StringComparison.Ordinal)))
        {
            error.Should().NotContain(line.Trim());
        }
    }

    [Fact]
    public void Load_UnusableKey_ThrowsConfigurationError()
    {
        var act = () => OktaSigningKey.Load("nope", null);

        act.Should().Throw<ConnectorConfigurationException>().WithMessage("*OAuth:PrivateKey*");
    }

    [Fact]
    public void Create_AfterAnEarlierCopyOfTheSameKeyWasDisposed_StillSigns()
    {
        var first = OktaSigningKey.Load(OktaTestKeys.RsaPkcs8Pem, null);
        OktaClientAssertion.Create("0oa1", new Uri("https://acme.okta.com/oauth2/v1/token"), first, DateTimeOffset.UnixEpoch);
        first.Dispose();

        using var second = OktaSigningKey.Load(OktaTestKeys.RsaPkcs8Pem, null);
        var act = () => OktaClientAssertion.Create("0oa1", new Uri("https://acme.okta.com/oauth2/v1/token"), second, DateTimeOffset.UnixEpoch);

        act.Should().NotThrow();
    }

    [Fact]
    public void ToString_NamesTheAlgorithmOnly()
    {
        using var key = OktaSigningKey.Load(OktaTestKeys.RsaPkcs8Pem, "k1");

        key.ToString().Should().Be("OktaSigningKey { Algorithm = RS256, KeyId = k1 }");
    }
}
