using System.Buffers.Text;
using System.Security.Cryptography;

namespace OktaCiam.Connector.Tests.Okta;

/// <summary>Service-app keys for the OAuth tests, generated once per run.</summary>
internal static class OktaTestKeys
{
    public static RSA Rsa { get; } = RSA.Create(2048);

    public static ECDsa EcP256 { get; } = ECDsa.Create(ECCurve.NamedCurves.nistP256);

    public static string RsaPkcs8Pem => Rsa.ExportPkcs8PrivateKeyPem();

    public static string RsaPkcs1Pem => Rsa.ExportRSAPrivateKeyPem();

    public static string EcSec1Pem => EcP256.ExportECPrivateKeyPem();

    public static string EcPkcs8Pem => EcP256.ExportPkcs8PrivateKeyPem();

    public static string RsaJwk(string? kid = "rsa-kid")
    {
        var p = Rsa.ExportParameters(includePrivateParameters: true);
        return $$"""{"kty":"RSA","kid":"{{kid}}","n":"{{B(p.Modulus)}}","e":"{{B(p.Exponent)}}","d":"{{B(p.D)}}","p":"{{B(p.P)}}","q":"{{B(p.Q)}}","dp":"{{B(p.DP)}}","dq":"{{B(p.DQ)}}","qi":"{{B(p.InverseQ)}}"}""";
    }

    public static string EcJwk(string? kid = "ec-kid")
    {
        var p = EcP256.ExportParameters(includePrivateParameters: true);
        return $$"""{"kty":"EC","crv":"P-256","kid":"{{kid}}","x":"{{B(p.Q.X)}}","y":"{{B(p.Q.Y)}}","d":"{{B(p.D)}}"}""";
    }

    public static string PublicRsaJwk()
    {
        var p = Rsa.ExportParameters(includePrivateParameters: false);
        return $$"""{"kty":"RSA","n":"{{B(p.Modulus)}}","e":"{{B(p.Exponent)}}"}""";
    }

    private static string B(byte[]? bytes) => Base64Url.EncodeToString(bytes);
}
