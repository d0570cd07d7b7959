using System.ComponentModel.DataAnnotations;

namespace OktaCiam.Connector;

/// <summary>The app's own settings, as an admin fills them in when creating the app in a host's catalog.</summary>
public sealed class OktaCiamAppOptions
{
    /// <summary>Gets or sets the app's name. Required; at most 200 characters.</summary>
    [Required(ErrorMessage = "App:Name is required: set the name the app has in your catalog, for example \"Okta CIAM (production)\".")]
    [StringLength(200, ErrorMessage = "App:Name is longer than 200 characters.")]
    public string? Name { get; set; }

    /// <summary>Gets or sets the app's admin (owner): a user or group id of the host's choosing. Optional.</summary>
    public string? AdminId { get; set; }

    /// <summary>Gets or sets the description shown to users who request access. Optional; at most 2000 characters.</summary>
    [StringLength(2000, ErrorMessage = "App:Description is longer than 2000 characters.")]
    public string? Description { get; set; }

    /// <summary>Gets or sets the groups whose members may see the app. Empty (the default) means no visibility restrictions.</summary>
    public IList<string> VisibleToGroupIds { get; set; } = [];
}
