namespace OktaCiam.Connector.Testing;

public sealed partial class EmulatedOrg
{
    internal static readonly (string Name, string Title, bool Required)[] UserBaseAttributes =
    [
        ("login", "Username", true), ("firstName", "First name", true), ("lastName", "Last name", true), ("middleName", "Middle name", false),
        ("honorificPrefix", "Honorific prefix", false), ("honorificSuffix", "Honorific suffix", false), ("email", "Primary email", true),
        ("title", "Title", false), ("displayName", "Display name", false), ("nickName", "Nickname", false), ("profileUrl", "Profile Url", false),
        ("secondEmail", "Secondary email", false), ("mobilePhone", "Mobile phone", false), ("primaryPhone", "Primary phone", false),
        ("streetAddress", "Street address", false), ("city", "City", false), ("state", "State", false), ("zipCode", "Zip code", false),
        ("countryCode", "Country code", false), ("postalAddress", "Postal Address", false), ("preferredLanguage", "Preferred language", false),
        ("locale", "Locale", false), ("timezone", "Time zone", false), ("userType", "User type", false), ("employeeNumber", "Employee number", false),
        ("costCenter", "Cost center", false), ("organization", "Organization", false), ("division", "Division", false),
        ("department", "Department", false), ("managerId", "ManagerId", false), ("manager", "Manager", false),
    ];

    private readonly List<SchemaAttribute> _userCustomSchema = [];
    private readonly List<SchemaAttribute> _groupCustomSchema = [];

    internal IReadOnlyList<SchemaAttribute> UserCustomSchemaLocked => _userCustomSchema;

    internal IReadOnlyList<SchemaAttribute> GroupCustomSchemaLocked => _groupCustomSchema;

    internal long SchemaLastUpdated { get; private set; }

    /// <summary>Adds, retypes or (with a null type) removes a custom attribute of the default user profile schema.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="type">boolean, string, integer, number or array; <see langword="null"/> removes the attribute.</param>
    public void SetUserSchemaAttribute(string name, string? type) => SetSchemaAttribute(_userCustomSchema, name, type);

    /// <summary>Adds, retypes or (with a null type) removes a custom attribute of the default group profile schema.</summary>
    /// <param name="name">The attribute name.</param>
    /// <param name="type">boolean, string, integer, number or array; <see langword="null"/> removes the attribute.</param>
    public void SetGroupSchemaAttribute(string name, string? type) => SetSchemaAttribute(_groupCustomSchema, name, type);

    internal bool IsUserProfileAttributeLocked(string name) =>
        Array.Exists(UserBaseAttributes, a => a.Name == name) || _userCustomSchema.Exists(a => a.Name == name);

    private void InitializeSchemas()
    {
        SchemaLastUpdated = SeedEpoch;
        _userCustomSchema.AddRange(
        [
            new(ManagedAttribute, "boolean", "Managed by the access platform"),
            new("customerTier", "string", "Customer tier"),
            new("loyaltyPoints", "integer", "Loyalty points"),
            new("marketingOptIn", "boolean", "Marketing opt-in"),
            new("signupSource", "string", "Signup source"),
            new("favoriteCategories", "array", "Favorite categories", "string"),
            new("lastPurchaseAt", "string", "Last purchase"),
            new("birthYear", "integer", "Birth year"),
            new("accountNotes", "string", "Account notes"),
            new("employeeType", "string", "Employee type"),
        ]);
        _groupCustomSchema.AddRange(
        [
            new(ManagedAttribute, "boolean", "Managed by the access platform"),
            new("groupContact", "string", "Group administrative contact"),
        ]);
    }

    private void SetSchemaAttribute(List<SchemaAttribute> schema, string name, string? type)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (type is not (null or "boolean" or "string" or "integer" or "number" or "array"))
        {
            throw new ArgumentException($"'{type}' is not a schema type; use boolean, string, integer, number or array.", nameof(type));
        }

        lock (Gate)
        {
            var index = schema.FindIndex(a => a.Name == name);
            if (type is null)
            {
                if (index >= 0)
                {
                    schema.RemoveAt(index);
                }
            }
            else
            {
                var attribute = new SchemaAttribute(name, type, index >= 0 ? schema[index].Title : name, type == "array" ? "string" : null);
                if (index >= 0)
                {
                    schema[index] = attribute;
                }
                else
                {
                    schema.Add(attribute);
                }
            }

            SchemaLastUpdated = Now;
        }
    }
}
