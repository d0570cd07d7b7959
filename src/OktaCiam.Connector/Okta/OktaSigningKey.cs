using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace OktaCiam.Connector;

/// <summary>The service app's private key, loaded from PEM (PKCS#1, SEC1 or PKCS#8) or a private JWK, with the JWS algorithm it signs with.</summary>
/// <remarks>RSA keys sign RS256; EC keys sign ES256, ES384 or ES512 by curve. The key never appears in messages or <see cref="ToString"/>.</remarks>
internal sealed class OktaSigningKey : IDisposable
{
    private readonly AsymmetricAlgorithm _algorithm;

    private OktaSigningKey(AsymmetricAlgorithm algorithm, SecurityKey key, string signingAlgorithm)
    {
        _algorithm = algorithm;

        // IdentityModel's shared cache keys signers by key thumbprint: a signer of an earlier, disposed copy of the same key would be reused.
        key.CryptoProviderFactory = new CryptoProviderFactory { CacheSignatureProviders = false };
        Key = key;
        Algorithm = signingAlgorithm;
    }

    public SecurityKey Key { get; }

    /// <summary>Gets the JWS algorithm: RS256, ES256, ES384 or ES512.</summary>
    public string Algorithm { get; }

    public string? KeyId => Key.KeyId;

    /// <summary>Loads <paramref name="privateKey"/>, or throws a configuration error that says what is wrong without echoing the key.</summary>
    public static OktaSigningKey Load(string? privateKey, string? keyId) =>
        TryLoad(privateKey, keyId, out var key, out var error) ? key : throw new Abstractions.ConnectorConfigurationException(error);

    /// <summary>Loads <paramref name="privateKey"/> or says what is wrong with it.</summary>
    public static bool TryLoad(string? privateKey, string? keyId, [NotNullWhen(true)] out OktaSigningKey? key, [NotNullWhen(false)] out string? error)
    {
        key = null;
        var text = privateKey?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            error = "OAuth:PrivateKey is empty: set it to the service app's private key, as PEM or a private JWK.";
            return false;
        }

        try
        {
            if (text.StartsWith('{'))
            {
                return TryLoadJwk(text, keyId, out key, out error);
            }

            if (text.Contains("-----BEGIN", StringComparison.Ordinal))
            {
                return TryLoadPem(text, keyId, out key, out error);
            }

            error = "OAuth:PrivateKey is neither PEM (-----BEGIN PRIVATE KEY-----) nor a JWK (JSON): paste the service app's private key as one of these.";
            return false;
        }
        catch (Exception ex) when (ex is CryptographicException or JsonException or FormatException or ArgumentException)
        {
            error = "OAuth:PrivateKey could not be read as an RSA or EC private key: check that the whole key was copied, unencrypted.";
            return false;
        }
    }

    public void Dispose() => _algorithm.Dispose();

    public override string ToString() => $"OktaSigningKey {{ Algorithm = {Algorithm}, KeyId = {KeyId} }}";

    private static bool TryLoadPem(string pem, string? keyId, out OktaSigningKey? key, out string? error)
    {
        key = null;
        if (pem.Contains("ENCRYPTED PRIVATE KEY", StringComparison.Ordinal))
        {
            error = "OAuth:PrivateKey is an encrypted PEM: export it unencrypted (PKCS#8, -----BEGIN PRIVATE KEY-----).";
            return false;
        }

        if (!pem.Contains("PRIVATE KEY-----", StringComparison.Ordinal))
        {
            error = "OAuth:PrivateKey holds no private key (a public key or certificate?): set the service app's private key.";
            return false;
        }

        var isEc = pem.Contains("BEGIN EC PRIVATE KEY", StringComparison.Ordinal);
        if (!isEc)
        {
            var rsa = RSA.Create();
            try
            {
                rsa.ImportFromPem(pem);
                return CompleteRsa(rsa, keyId, out key, out error);
            }
            catch (CryptographicException) when (!pem.Contains("BEGIN RSA PRIVATE KEY", StringComparison.Ordinal))
            {
                // A PKCS#8 "PRIVATE KEY" may hold an EC key instead.
                rsa.Dispose();
            }
            catch
            {
                rsa.Dispose();
                throw;
            }
        }

        var ec = ECDsa.Create();
        try
        {
            ec.ImportFromPem(pem);
            return CompleteEc(ec, keyId, out key, out error);
        }
        catch
        {
            ec.Dispose();
            throw;
        }
    }

    private static bool TryLoadJwk(string json, string? keyId, out OktaSigningKey? key, out string? error)
    {
        key = null;
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var kty = Member(root, "kty");
        keyId ??= Member(root, "kid");
        if (Member(root, "d") is null)
        {
            error = "OAuth:PrivateKey is a public JWK (no \"d\"): set the service app's private JWK.";
            return false;
        }

        switch (kty)
        {
            case "RSA":
                var rsa = RSA.Create();
                try
                {
                    rsa.ImportParameters(new RSAParameters
                    {
                        Modulus = Bytes(root, "n"),
                        Exponent = Bytes(root, "e"),
                        D = Bytes(root, "d"),
                        P = OptionalBytes(root, "p"),
                        Q = OptionalBytes(root, "q"),
                        DP = OptionalBytes(root, "dp"),
                        DQ = OptionalBytes(root, "dq"),
                        InverseQ = OptionalBytes(root, "qi"),
                    });
                    return CompleteRsa(rsa, keyId, out key, out error);
                }
                catch
                {
                    rsa.Dispose();
                    throw;
                }

            case "EC":
                var curve = Member(root, "crv") switch
                {
                    "P-256" => ECCurve.NamedCurves.nistP256,
                    "P-384" => ECCurve.NamedCurves.nistP384,
                    "P-521" => ECCurve.NamedCurves.nistP521,
                    _ => (ECCurve?)null,
                };
                if (curve is null)
                {
                    error = "OAuth:PrivateKey is an EC JWK on an unsupported curve: use P-256, P-384 or P-521.";
                    return false;
                }

                var ec = ECDsa.Create();
                try
                {
                    ec.ImportParameters(new ECParameters
                    {
                        Curve = curve.Value,
                        Q = new ECPoint { X = Bytes(root, "x"), Y = Bytes(root, "y") },
                        D = Bytes(root, "d"),
                    });
                    return CompleteEc(ec, keyId, out key, out error);
                }
                catch
                {
                    ec.Dispose();
                    throw;
                }

            default:
                error = "OAuth:PrivateKey is a JWK of an unsupported key type: use an RSA or EC key.";
                return false;
        }
    }

    private static bool CompleteRsa(RSA rsa, string? keyId, out OktaSigningKey? key, out string? error)
    {
        key = null;
        if (!HasPrivateRsa(rsa))
        {
            rsa.Dispose();
            error = "OAuth:PrivateKey holds only a public RSA key: set the service app's private key.";
            return false;
        }

        if (rsa.KeySize < 2048)
        {
            rsa.Dispose();
            error = "OAuth:PrivateKey is an RSA key shorter than 2048 bits, which Okta refuses: generate a 2048-bit (or longer) key.";
            return false;
        }

        key = new OktaSigningKey(rsa, new RsaSecurityKey(rsa) { KeyId = keyId }, SecurityAlgorithms.RsaSha256);
        error = null;
        return true;
    }

    private static bool CompleteEc(ECDsa ec, string? keyId, out OktaSigningKey? key, out string? error)
    {
        key = null;
        var algorithm = ec.KeySize switch
        {
            256 => SecurityAlgorithms.EcdsaSha256,
            384 => SecurityAlgorithms.EcdsaSha384,
            521 => SecurityAlgorithms.EcdsaSha512,
            _ => null,
        };
        if (algorithm is null)
        {
            ec.Dispose();
            error = "OAuth:PrivateKey is an EC key on an unsupported curve: use P-256, P-384 or P-521.";
            return false;
        }

        try
        {
            ec.ExportParameters(includePrivateParameters: true);
        }
        catch (CryptographicException)
        {
            ec.Dispose();
            error = "OAuth:PrivateKey holds only a public EC key: set the service app's private key.";
            return false;
        }

        key = new OktaSigningKey(ec, new ECDsaSecurityKey(ec) { KeyId = keyId }, algorithm);
        error = null;
        return true;
    }

    private static bool HasPrivateRsa(RSA rsa)
    {
        try
        {
            rsa.ExportParameters(includePrivateParameters: true);
            return true;
        }
        catch (CryptographicException)
        {
            return false;
        }
    }

    private static string? Member(JsonElement element, string name) =>
        element.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static byte[] Bytes(JsonElement element, string name) =>
        OptionalBytes(element, name) ?? throw new FormatException($"The JWK has no \"{name}\".");

    private static byte[]? OptionalBytes(JsonElement element, string name) =>
        Member(element, name) is { } text ? Base64Url.DecodeFromChars(text) : null;
}
