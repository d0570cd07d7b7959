namespace OktaCiam.Connector;

/// <summary>Why the filter left a record out; reported as counts only, never with the record's identity.</summary>
/// <remarks>When a record has several problems, the first one in this order is reported.</remarks>
internal enum ExclusionReason
{
    /// <summary>Not excluded: the record is managed.</summary>
    None = 0,

    /// <summary>The record names <c>profile</c> more than once, so its profile cannot be read with certainty.</summary>
    ProfileDuplicated,

    /// <summary>The record has no <c>profile</c>.</summary>
    ProfileMissing,

    /// <summary>The record's <c>profile</c> is not a JSON object (null, a string, an array…).</summary>
    ProfileInvalid,

    /// <summary>The profile names the attribute more than once (escaped spellings included).</summary>
    AttributeDuplicated,

    /// <summary>The profile does not name the attribute (it may sit elsewhere in the record, which does not count).</summary>
    AttributeMissing,

    /// <summary>The attribute is <c>null</c> (unset in Okta).</summary>
    AttributeNull,

    /// <summary>The attribute is the JSON boolean <c>false</c>.</summary>
    AttributeFalse,

    /// <summary>The attribute is neither a boolean nor null: the string <c>"true"</c>, a number, an object, an array.</summary>
    AttributeNotBoolean,

    /// <summary>The record passed the rule but the caller's model could not read it, so it was not returned.</summary>
    RecordInvalid,

    /// <summary>An id-list entry has no <c>id</c>.</summary>
    IdMissing,

    /// <summary>An id-list entry's <c>id</c> is not a string, or it names <c>id</c> more than once.</summary>
    IdInvalid,

    /// <summary>An id-list entry's id is not in the set of managed ids.</summary>
    IdNotManaged,
}
