namespace OktaCiam.Connector.Testing;

/// <summary>Gives search the value at an attribute path (<c>status</c>, <c>profile.login</c>, <c>target.id</c>…) of one record.</summary>
internal interface IFieldSource
{
    FieldValue Get(string path);
}
