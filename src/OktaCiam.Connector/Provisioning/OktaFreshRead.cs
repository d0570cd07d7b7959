namespace OktaCiam.Connector;

/// <summary>The managed-identity filter's verdict on a fresh GET body; a class, so that <see langword="null"/> can keep meaning "Okta answered 404".</summary>
/// <typeparam name="T">The record model.</typeparam>
/// <param name="Value">The record when managed; otherwise <see langword="null"/> (an unmanaged record is never read into a model).</param>
/// <param name="Reason"><see cref="ExclusionReason.None"/> when managed, otherwise why not.</param>
internal sealed record OktaFreshRead<T>(T? Value, ExclusionReason Reason)
    where T : class
{
    /// <summary>Gets a value indicating whether the record is managed.</summary>
    public bool IsManaged => Reason == ExclusionReason.None && Value is not null;
}
