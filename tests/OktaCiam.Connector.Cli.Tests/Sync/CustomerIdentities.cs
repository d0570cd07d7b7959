using OktaCiam.Connector.Testing;

namespace OktaCiam.Connector.Cli.Tests.Sync;

/// <summary>Every identity of an org's customers (user ids, logins, emails, customer group ids), to prove that none reached an output.</summary>
internal sealed class CustomerIdentities
{
    private static readonly char[] Separators = [' ', '\t', '\r', '\n', '"', ',', '[', ']', '{', '}', '(', ')', '/', '?', '&', '=', ':', ';', '<', '>', '|', '\\', '`'];

    private readonly HashSet<string> _values;

    private CustomerIdentities(HashSet<string> values)
    {
        _values = values;
    }

    public int Count => _values.Count;

    public static CustomerIdentities Of(EmulatedOrg org)
    {
        var values = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var user in org.EnumerateUsers())
        {
            if (user.IsManaged)
            {
                continue;
            }

            values.Add(user.Id);
            values.Add(user.Login);
            if (user.Email is { Length: > 0 } email)
            {
                values.Add(email);
            }
        }

        foreach (var group in org.ListGroups())
        {
            if (!group.IsManaged)
            {
                values.Add(group.Id);
            }
        }

        return new CustomerIdentities(values);
    }

    /// <summary>Returns the customer identities found in <paramref name="text"/>, as whole tokens (JSON, log lines, URLs).</summary>
    public IReadOnlyList<string> FindIn(string text)
    {
        var found = new List<string>();
        foreach (var token in text.Split(Separators, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = token.TrimEnd('.', '\'');
            if (_values.Contains(candidate))
            {
                found.Add(candidate);
            }
        }

        return found;
    }
}
