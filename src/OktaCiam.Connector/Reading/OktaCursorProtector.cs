using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;

namespace OktaCiam.Connector;

/// <summary>
/// Seals page cursors with AES-GCM, so a caller can neither read them (Okta's <c>after</c> values are often the id of the
/// last record on a page, a customer in a full scan) nor change them without the change being detected.
/// </summary>
/// <remarks>
/// The key is derived (HKDF-SHA256) from the instance's credential and bound to its org and managed attribute, so cursors
/// survive a restart and work across replicas with the same configuration, and stop working when the credential, org or
/// attribute changes. The credential itself is not kept.
/// </remarks>
internal sealed class OktaCursorProtector
{
    private const int NonceLength = 12;
    private const int TagLength = 16;
    private static readonly byte[] Salt = Encoding.UTF8.GetBytes("okta-ciam/read-cursor/v1");

    private readonly byte[] _key;

    /// <summary>Initializes a new instance of the <see cref="OktaCursorProtector"/> class.</summary>
    /// <param name="secret">The instance's API token or OAuth private key; <see langword="null"/> for a random key (cursors then last as long as the instance).</param>
    /// <param name="binding">What cursors are bound to: the org URL and the managed attribute.</param>
    public OktaCursorProtector(string? secret, string binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        var ikm = string.IsNullOrEmpty(secret) ? RandomNumberGenerator.GetBytes(32) : Encoding.UTF8.GetBytes(secret);
        try
        {
            _key = HKDF.DeriveKey(HashAlgorithmName.SHA256, ikm, 32, Salt, Encoding.UTF8.GetBytes(binding));
        }
        finally
        {
            CryptographicOperations.ZeroMemory(ikm);
        }
    }

    /// <summary>Seals <paramref name="payload"/> into a base64url string.</summary>
    public string Protect(ReadOnlySpan<byte> payload)
    {
        var sealedBytes = new byte[NonceLength + payload.Length + TagLength];
        var nonce = sealedBytes.AsSpan(0, NonceLength);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(_key, TagLength);
        aes.Encrypt(nonce, payload, sealedBytes.AsSpan(NonceLength, payload.Length), sealedBytes.AsSpan(NonceLength + payload.Length));
        return Base64Url.EncodeToString(sealedBytes);
    }

    /// <summary>Opens a string sealed by <see cref="Protect"/>; <see langword="null"/> when it was not, or was changed.</summary>
    public byte[]? Unprotect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        byte[] sealedBytes;
        try
        {
            sealedBytes = Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return null;
        }

        if (sealedBytes.Length < NonceLength + TagLength)
        {
            return null;
        }

        var length = sealedBytes.Length - NonceLength - TagLength;
        var payload = new byte[length];
        try
        {
            using var aes = new AesGcm(_key, TagLength);
            aes.Decrypt(sealedBytes.AsSpan(0, NonceLength), sealedBytes.AsSpan(NonceLength, length), sealedBytes.AsSpan(NonceLength + length), payload);
            return payload;
        }
        catch (AuthenticationTagMismatchException)
        {
            return null;
        }
    }
}
