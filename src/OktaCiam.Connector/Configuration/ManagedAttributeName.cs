namespace OktaCiam.Connector;

/// <summary>The rule for the managed-attribute name; it goes into Okta search expressions, so nothing but a plain property name may pass.</summary>
internal static class ManagedAttributeName
{
    public const int MaxLength = 100;

    public static bool IsValid(string? name)
    {
        if (string.IsNullOrEmpty(name) || name.Length > MaxLength || !char.IsAsciiLetter(name[0]))
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }

    public static string Describe(string? name) => string.IsNullOrEmpty(name)
        ? "ManagedAttribute is empty: set the name of the boolean profile attribute that marks managed identities (default opal_okta_ciam_managed)."
        : name.Length > MaxLength
            ? $"ManagedAttribute is longer than {MaxLength} characters."
            : $"ManagedAttribute '{name}' is not a valid Okta property name: use ASCII letters, digits and underscores, starting with a letter.";
}
