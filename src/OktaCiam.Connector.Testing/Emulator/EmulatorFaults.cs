namespace OktaCiam.Connector.Testing;

/// <summary>Faults and protocol variations injected into the emulator's answers; the first rule that fires wins.</summary>
public sealed class EmulatorFaults
{
    private readonly Lock _gate = new();
    private List<EmulatorFaultRule> _rules = [];

    internal EmulatorFaults()
    {
    }

    /// <summary>Gets the active rules.</summary>
    public IReadOnlyList<EmulatorFaultRule> Rules
    {
        get
        {
            lock (_gate)
            {
                return [.. _rules];
            }
        }
    }

    /// <summary>Gets or sets a base URL that replaces the org's in every next link (<c>Link</c> headers and IAM body links), for example a hostile host a client must not follow.</summary>
    public Uri? NextLinkBaseUrl { get; set; }

    /// <summary>Gets or sets whether <c>rel="self"</c> and <c>rel="next"</c> come in one comma-joined <c>Link</c> header instead of one header each.</summary>
    public bool CombineLinkHeaders { get; set; }

    /// <summary>Injects a fault.</summary>
    /// <param name="fault">The fault.</param>
    /// <param name="method">The HTTP method, or <see langword="null"/> for any.</param>
    /// <param name="pathPattern">The request path (no query) with <c>*</c> wildcards, for example <c>/api/v1/users*</c>. Default: every path.</param>
    /// <param name="skip">How many matching requests to let through first (2 = the third matching request fails).</param>
    /// <param name="times">How many times to fire; <see cref="int.MaxValue"/> for always. Default once.</param>
    /// <returns>The rule, which counts its hits and can be removed.</returns>
    public EmulatorFaultRule Add(EmulatorFault fault, string? method = null, string pathPattern = "*", int skip = 0, int times = 1)
    {
        ArgumentNullException.ThrowIfNull(fault);
        ArgumentException.ThrowIfNullOrEmpty(pathPattern);
        ArgumentOutOfRangeException.ThrowIfNegative(skip);
        ArgumentOutOfRangeException.ThrowIfLessThan(times, 1);
        var rule = new EmulatorFaultRule(this, fault, method, pathPattern, skip, times);
        lock (_gate)
        {
            _rules = [.. _rules, rule];
        }

        return rule;
    }

    /// <summary>Removes every rule and resets the protocol variations.</summary>
    public void Clear()
    {
        lock (_gate)
        {
            _rules = [];
        }

        NextLinkBaseUrl = null;
        CombineLinkHeaders = false;
    }

    internal void Remove(EmulatorFaultRule rule)
    {
        lock (_gate)
        {
            _rules = [.. _rules.Where(r => !ReferenceEquals(r, rule))];
        }
    }

    internal EmulatorFault? Match(string method, string path)
    {
        List<EmulatorFaultRule> rules;
        lock (_gate)
        {
            rules = _rules;
        }

        foreach (var rule in rules)
        {
            if (rule.TryFire(method, path))
            {
                return rule.Fault;
            }
        }

        return null;
    }
}
