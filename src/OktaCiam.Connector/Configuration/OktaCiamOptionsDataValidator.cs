using Microsoft.Extensions.Options;

namespace OktaCiam.Connector;

/// <summary>Checks the DataAnnotations on <see cref="OktaCiamOptions"/>, generated at compile time (no reflection).</summary>
[OptionsValidator]
internal sealed partial class OktaCiamOptionsDataValidator : IValidateOptions<OktaCiamOptions>;
