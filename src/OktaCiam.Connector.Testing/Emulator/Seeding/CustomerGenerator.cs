using System.Buffers;
using System.Globalization;
using System.Text.Json;

namespace OktaCiam.Connector.Testing;

/// <summary>
/// Customers are not stored: every attribute follows from (seed, position), so a million of them cost nothing until one
/// is changed (then it becomes a <see cref="UserRecord"/>). Logins end in a number that decodes back to the position.
/// </summary>
internal sealed class CustomerGenerator
{
    private const long Day = 86_400_000L;

    private static readonly JsonEncodedText LoginName = JsonEncodedText.Encode("login");
    private static readonly JsonEncodedText EmailName = JsonEncodedText.Encode("email");
    private static readonly JsonEncodedText FirstName = JsonEncodedText.Encode("firstName");
    private static readonly JsonEncodedText LastName = JsonEncodedText.Encode("lastName");
    private static readonly JsonEncodedText DisplayName = JsonEncodedText.Encode("displayName");
    private static readonly JsonEncodedText NickName = JsonEncodedText.Encode("nickName");
    private static readonly JsonEncodedText SecondEmail = JsonEncodedText.Encode("secondEmail");
    private static readonly JsonEncodedText MobilePhone = JsonEncodedText.Encode("mobilePhone");
    private static readonly JsonEncodedText PrimaryPhone = JsonEncodedText.Encode("primaryPhone");
    private static readonly JsonEncodedText StreetAddress = JsonEncodedText.Encode("streetAddress");
    private static readonly JsonEncodedText City = JsonEncodedText.Encode("city");
    private static readonly JsonEncodedText StateName = JsonEncodedText.Encode("state");
    private static readonly JsonEncodedText ZipCode = JsonEncodedText.Encode("zipCode");
    private static readonly JsonEncodedText CountryCode = JsonEncodedText.Encode("countryCode");
    private static readonly JsonEncodedText PreferredLanguage = JsonEncodedText.Encode("preferredLanguage");
    private static readonly JsonEncodedText Locale = JsonEncodedText.Encode("locale");
    private static readonly JsonEncodedText TimeZone = JsonEncodedText.Encode("timezone");
    private static readonly JsonEncodedText UserType = JsonEncodedText.Encode("userType");
    private static readonly JsonEncodedText CustomerTier = JsonEncodedText.Encode("customerTier");
    private static readonly JsonEncodedText LoyaltyPoints = JsonEncodedText.Encode("loyaltyPoints");
    private static readonly JsonEncodedText MarketingOptIn = JsonEncodedText.Encode("marketingOptIn");
    private static readonly JsonEncodedText SignupSource = JsonEncodedText.Encode("signupSource");
    private static readonly JsonEncodedText FavoriteCategories = JsonEncodedText.Encode("favoriteCategories");
    private static readonly JsonEncodedText LastPurchaseAt = JsonEncodedText.Encode("lastPurchaseAt");
    private static readonly JsonEncodedText BirthYear = JsonEncodedText.Encode("birthYear");
    private static readonly JsonEncodedText AccountNotes = JsonEncodedText.Encode("accountNotes");

    [ThreadStatic]
    private static FieldCache? t_cache;

    private readonly OktaIds _ids;
    private readonly ulong _key;
    private readonly long _epoch;
    private readonly JsonEncodedText _managedAttribute;
    private readonly uint _decoyThreshold;
    private readonly bool _oddTypedDecoys;

    public CustomerGenerator(OktaIds ids, ulong key, long epochMilliseconds, string managedAttribute, double decoyRatio, bool oddTypedDecoys = false)
    {
        _oddTypedDecoys = oddTypedDecoys;
        _ids = ids;
        _key = key;
        _epoch = epochMilliseconds;
        _managedAttribute = JsonEncodedText.Encode(managedAttribute);
        _decoyThreshold = (uint)(Math.Clamp(decoyRatio, 0, 1) * uint.MaxValue);
    }

    public DecoyKind Decoy(int position)
    {
        var h = Mix.Of(_key, position, 3);
        if ((uint)h >= _decoyThreshold || _decoyThreshold == 0)
        {
            return DecoyKind.Missing;
        }

        // A boolean schema only lets false and null through; the odd types ("true", 1, "false", "") are opt-in.
        return (DecoyKind)(1 + Mix.Pick(h, 32, _oddTypedDecoys ? 6 : 2));
    }

    public UserState State(int position)
    {
        var h = Mix.Of(_key, position, 2);
        var roll = Mix.Pick(h, 0, 100);
        var status = roll switch
        {
            < 85 => "ACTIVE",
            < 89 => "PROVISIONED",
            < 92 => "STAGED",
            < 95 => "DEPROVISIONED",
            < 97 => "SUSPENDED",
            < 98 => "LOCKED_OUT",
            < 99 => "PASSWORD_EXPIRED",
            _ => "RECOVERY",
        };
        var created = _epoch - (Day * (30 + Mix.Pick(h, 8, 2000))) - Mix.Pick(h, 20, (int)(Day / 1000)) * 1000L;
        var pending = status is "STAGED" or "PROVISIONED";
        var activated = pending ? 0 : created + 1000;
        var statusChanged = status == "STAGED" ? 0 : created + 1000 + (Day * Mix.Pick(h, 40, 20));
        var lastLogin = pending ? 0 : Math.Min(_epoch - 60_000, statusChanged + (Day * Mix.Pick(h, 44, 25)));
        var passwordChanged = status == "STAGED" ? 0 : created + 2000;
        var lastUpdated = Math.Max(Math.Max(statusChanged, passwordChanged), created + 3000);
        return new UserState
        {
            Position = position,
            Status = status,
            Created = created,
            Activated = activated,
            StatusChanged = statusChanged,
            LastLogin = lastLogin,
            LastUpdated = lastUpdated,
            PasswordChanged = passwordChanged,
            HasRecoveryQuestion = (h & 0x10000000000UL) != 0,
        };
    }

    public string Login(int position)
    {
        Span<char> buffer = stackalloc char[128];
        return new string(FormatLogin(position, buffer));
    }

    public bool TryDecodeLogin(string login, out int position)
    {
        position = -1;
        var at = login.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0)
        {
            return false;
        }

        var start = at;
        while (start > 0 && char.IsAsciiDigit(login[start - 1]))
        {
            start--;
        }

        if (start == at || at - start > 8 || !uint.TryParse(login.AsSpan(start, at - start), NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number >= OktaIds.MaxPositions)
        {
            return false;
        }

        var candidate = (int)_ids.Unpermute(number);
        if (!string.Equals(Login(candidate), login, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        position = candidate;
        return true;
    }

    public void WriteProfile(Utf8JsonWriter writer, int position)
    {
        var h = Mix.Of(_key, position, 1);
        var h4 = Mix.Of(_key, position, 4);
        var (first, firstAscii) = NameData.FirstNames[Mix.Pick(h, 0, NameData.FirstNames.Length)];
        var (last, _) = NameData.LastNames[Mix.Pick(h, 16, NameData.LastNames.Length)];
        var place = NameData.Places[Mix.Pick(h, 32, NameData.Places.Length)];
        Span<char> buffer = stackalloc char[160];

        writer.WriteStartObject();
        var login = FormatLogin(position, buffer);
        writer.WriteString(LoginName, login);
        writer.WriteString(EmailName, login);
        writer.WriteString(FirstName, first);
        writer.WriteString(LastName, last);
        writer.WriteString(DisplayName, Join(buffer, first, " ", last));
        if ((h4 & 7) == 0)
        {
            writer.WriteString(NickName, NameData.Nicknames[Mix.Pick(h4, 8, NameData.Nicknames.Length)]);
        }

        if ((h4 & 0x30) == 0)
        {
            writer.WriteString(SecondEmail, Join(buffer, firstAscii, ".backup@", NameData.CustomerDomains[Mix.Pick(h4, 12, NameData.CustomerDomains.Length)]));
        }
        else
        {
            writer.WriteNull(SecondEmail);
        }

        writer.WriteString(MobilePhone, Phone(h4 >> 16, buffer));
        if ((h4 & 0x40) == 0)
        {
            writer.WriteNull(PrimaryPhone);
        }
        else
        {
            writer.WriteString(PrimaryPhone, Phone(h4 >> 24, buffer));
        }

        ((h >> 48) % 9000 + 1).TryFormat(buffer, out var houseDigits, provider: CultureInfo.InvariantCulture);
        buffer[houseDigits] = ' ';
        var street = NameData.Streets[Mix.Pick(h4, 32, NameData.Streets.Length)];
        street.AsSpan().CopyTo(buffer[(houseDigits + 1)..]);
        writer.WriteString(StreetAddress, buffer[..(houseDigits + 1 + street.Length)]);
        writer.WriteString(City, place.City);
        writer.WriteString(StateName, place.State);
        writer.WriteString(ZipCode, place.Zip);
        writer.WriteString(CountryCode, place.Country);
        writer.WriteString(PreferredLanguage, place.Language);
        writer.WriteString(Locale, place.Locale);
        writer.WriteString(TimeZone, place.TimeZone);
        writer.WriteString(UserType, "Customer");
        WriteDecoy(writer, Decoy(position));
        writer.WriteString(CustomerTier, NameData.Tiers[Mix.Pick(h4, 40, NameData.Tiers.Length)]);
        writer.WriteNumber(LoyaltyPoints, (long)((h4 >> 44) % 250_000));
        writer.WriteBoolean(MarketingOptIn, (h4 & 0x80) != 0);
        writer.WriteString(SignupSource, NameData.SignupSources[Mix.Pick(h4, 48, NameData.SignupSources.Length)]);
        writer.WriteStartArray(FavoriteCategories);
        var categories = 1 + (int)((h4 >> 56) % 3);
        for (var i = 0; i < categories; i++)
        {
            writer.WriteStringValue(NameData.Categories[(int)((h4 >> (i * 3)) % (ulong)NameData.Categories.Length)]);
        }

        writer.WriteEndArray();
        if ((h & 0x100) == 0)
        {
            writer.WriteNull(LastPurchaseAt);
        }
        else
        {
            Span<byte> time = stackalloc byte[24];
            writer.WriteString(LastPurchaseAt, time[..OktaTime.FormatUtf8(_epoch - (Day * (long)((h >> 9) % 400)), time)]);
        }

        writer.WriteNumber(BirthYear, 1940 + (int)((h >> 20) % 66));
        if ((h & 0x3E00) == 0)
        {
            writer.WriteString(AccountNotes, "Prefers \"express\" shipping \\ gate code #4/B — ☎ after 6pm");
        }

        writer.WriteEndObject();
    }

    public byte[] RenderProfile(int position)
    {
        var buffer = new ArrayBufferWriter<byte>(2048);
        using (var writer = new Utf8JsonWriter(buffer, ProfileJson.WriterOptions))
        {
            WriteProfile(writer, position);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads one profile attribute by rendering the profile once per thread and position.</summary>
    public FieldValue GetField(int position, string name)
    {
        var cache = t_cache ??= new FieldCache();
        if (!ReferenceEquals(cache.Owner, this) || cache.Position != position)
        {
            cache.Buffer.ResetWrittenCount();
            using (var writer = new Utf8JsonWriter(cache.Buffer, ProfileJson.WriterOptions))
            {
                WriteProfile(writer, position);
            }

            cache.Owner = this;
            cache.Position = position;
        }

        return ProfileJson.Get(cache.Buffer.WrittenSpan, name);
    }

    private ReadOnlySpan<char> FormatLogin(int position, Span<char> buffer)
    {
        var h = Mix.Of(_key, position, 1);
        var firstAscii = NameData.FirstNames[Mix.Pick(h, 0, NameData.FirstNames.Length)].Ascii;
        var lastAscii = NameData.LastNames[Mix.Pick(h, 16, NameData.LastNames.Length)].Ascii;
        var domain = NameData.CustomerDomains[Mix.Pick(h, 48, NameData.CustomerDomains.Length)];
        var n = 0;
        firstAscii.AsSpan().CopyTo(buffer);
        n += firstAscii.Length;
        buffer[n++] = '.';
        lastAscii.AsSpan().CopyTo(buffer[n..]);
        n += lastAscii.Length;
        _ids.Permute((uint)position).TryFormat(buffer[n..], out var digits, provider: CultureInfo.InvariantCulture);
        n += digits;
        buffer[n++] = '@';
        domain.AsSpan().CopyTo(buffer[n..]);
        n += domain.Length;
        return buffer[..n];
    }

    private static ReadOnlySpan<char> Join(Span<char> buffer, string a, string b, string c)
    {
        a.AsSpan().CopyTo(buffer);
        b.AsSpan().CopyTo(buffer[a.Length..]);
        c.AsSpan().CopyTo(buffer[(a.Length + b.Length)..]);
        return buffer[..(a.Length + b.Length + c.Length)];
    }

    private static ReadOnlySpan<char> Phone(ulong bits, Span<char> buffer)
    {
        var n = 0;
        "+1-555-".AsSpan().CopyTo(buffer);
        n += 7;
        ((bits % 900) + 100).TryFormat(buffer[n..], out var w, provider: CultureInfo.InvariantCulture);
        n += w;
        buffer[n++] = '-';
        ((bits >> 10) % 10000).TryFormat(buffer[n..], out w, "D4", CultureInfo.InvariantCulture);
        n += w;
        return buffer[..n];
    }

    private void WriteDecoy(Utf8JsonWriter writer, DecoyKind decoy)
    {
        switch (decoy)
        {
            case DecoyKind.False:
                writer.WriteBoolean(_managedAttribute, false);
                break;
            case DecoyKind.Null:
                writer.WriteNull(_managedAttribute);
                break;
            case DecoyKind.StringTrue:
                writer.WriteString(_managedAttribute, "true");
                break;
            case DecoyKind.NumberOne:
                writer.WriteNumber(_managedAttribute, 1);
                break;
            case DecoyKind.StringFalse:
                writer.WriteString(_managedAttribute, "false");
                break;
            case DecoyKind.EmptyString:
                writer.WriteString(_managedAttribute, string.Empty);
                break;
            default:
                break;
        }
    }

    private sealed class FieldCache
    {
        public ArrayBufferWriter<byte> Buffer { get; } = new(4096);

        public CustomerGenerator? Owner { get; set; }

        public int Position { get; set; } = -1;
    }
}
