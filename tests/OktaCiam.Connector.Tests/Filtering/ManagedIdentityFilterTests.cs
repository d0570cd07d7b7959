using System.Text;
using System.Text.Json;
using OktaCiam.Connector.Abstractions;
using static OktaCiam.Connector.Tests.OktaFixtures;

namespace OktaCiam.Connector.Tests;

public sealed partial class ManagedIdentityFilterTests
{
    private static ManagedIdentityFilter CreateSut() => new(AttributeName);

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    private static ExclusionReason DecideUser(string json) => CreateSut().Decide(Utf8(json));

    [Theory]
    [InlineData("")]
    [InlineData("1managed")]
    [InlineData("opal-okta")]
    [InlineData("profile.opal")]
    [InlineData("opal okta")]
    [InlineData("opäl")]
    public void Ctor_InvalidAttributeName_ThrowsArgumentException(string name)
    {
        var act = () => new ManagedIdentityFilter(name);

        act.Should().Throw<ArgumentException>().WithParameterName("attributeName");
    }

    [Fact]
    public void Ctor_CustomAttributeName_FiltersOnThatName()
    {
        var sut = new ManagedIdentityFilter("isWorkforce");

        sut.Decide(Utf8(User("\"isWorkforce\": true"))).Should().Be(ExclusionReason.None);
        sut.Decide(Utf8(ManagedUser())).Should().Be(ExclusionReason.AttributeMissing);
    }

    [Fact]
    public void Decide_AttributeTrue_IsManaged()
    {
        DecideUser(ManagedUser()).Should().Be(ExclusionReason.None);
    }

    [Fact]
    public void Decide_AttributeTrueOnGroup_IsManaged()
    {
        DecideUser(Group($"\"{AttributeName}\": true")).Should().Be(ExclusionReason.None);
        DecideUser(Group()).Should().Be(ExclusionReason.AttributeMissing);
    }

    [Theory]
    [InlineData("false", nameof(ExclusionReason.AttributeFalse))]
    [InlineData("null", nameof(ExclusionReason.AttributeNull))]
    [InlineData("\"true\"", nameof(ExclusionReason.AttributeNotBoolean))]
    [InlineData("\"TRUE\"", nameof(ExclusionReason.AttributeNotBoolean))]
    [InlineData("1", nameof(ExclusionReason.AttributeNotBoolean))]
    [InlineData("1.0", nameof(ExclusionReason.AttributeNotBoolean))]
    [InlineData("0", nameof(ExclusionReason.AttributeNotBoolean))]
    [InlineData("{}", nameof(ExclusionReason.AttributeNotBoolean))]
    [InlineData("{\"value\": true}", nameof(ExclusionReason.AttributeNotBoolean))]
    [InlineData("[]", nameof(ExclusionReason.AttributeNotBoolean))]
    [InlineData("[true]", nameof(ExclusionReason.AttributeNotBoolean))]
    public void Decide_AttributeNotTrue_IsExcludedWithReason(string value, string expected)
    {
        DecideUser(User($"\"{AttributeName}\": {value}")).Should().Be(Enum.Parse<ExclusionReason>(expected));
    }

    [Fact]
    public void Decide_AttributeMissing_IsExcluded()
    {
        DecideUser(User()).Should().Be(ExclusionReason.AttributeMissing);
    }

    [Theory]
    [InlineData("top level", null, "\"opal_okta_ciam_managed\": true")]
    [InlineData("nested object in profile", "\"extra\": {\"opal_okta_ciam_managed\": true}", null)]
    [InlineData("array in profile", "\"extra\": [{\"opal_okta_ciam_managed\": true}]", null)]
    [InlineData("_embedded profile", null, "\"_embedded\": {\"profile\": {\"opal_okta_ciam_managed\": true}}")]
    [InlineData("credentials", null, "\"credentials\": {\"opal_okta_ciam_managed\": true}")]
    [InlineData("_links", null, "\"_links\": {\"self\": {\"opal_okta_ciam_managed\": true}}")]
    [InlineData("array of profiles", null, "\"profiles\": [{\"profile\": {\"opal_okta_ciam_managed\": true}}]")]
    [InlineData("as a value", "\"title\": \"opal_okta_ciam_managed\"", null)]
    public void Decide_AttributeOutsideProfile_DoesNotCount(string where, string? profileMembers, string? recordMembers)
    {
        DecideUser(User(profileMembers, recordMembers)).Should().Be(ExclusionReason.AttributeMissing, where);
    }

    [Theory]
    [InlineData("\"opal_okta_ciam_managed\": true, \"opal_okta_ciam_managed\": true")]
    [InlineData("\"opal_okta_ciam_managed\": true, \"opal_okta_ciam_managed\": false")]
    [InlineData("\"opal_okta_ciam_managed\": false, \"opal_okta_ciam_managed\": true")]
    [InlineData("\"opal_okta_ciam_managed\": true, \"opal\\u005fokta_ciam_managed\": true")]
    [InlineData("\"\\u006fpal_okta_ciam_managed\": null, \"opal_okta_ciam_managed\": true")]
    [InlineData("\"opal_okta_ciam_managed\": true, \"\\u006f\\u0070\\u0061\\u006c\\u005f\\u006f\\u006b\\u0074\\u0061\\u005fciam_managed\": true")]
    [InlineData("\"opal_okta_ciam_managed\": true, \"opal\\/okta\": 1, \"opal_okta_ciam_manage\\u0064\": true")]
    public void Decide_AttributeNamedTwice_IsExcludedAsDuplicated(string profileMembers)
    {
        DecideUser(User(profileMembers)).Should().Be(ExclusionReason.AttributeDuplicated);
    }

    [Theory]
    [InlineData("\"opal\\u005fokta_ciam_managed\": true")]
    [InlineData("\"\\u006f\\u0070\\u0061\\u006c_okta_ciam_managed\": true")]
    [InlineData("\"opal_okta_ciam_manage\\u0064\": true")]
    public void Decide_EscapedSpellingOfAttribute_IsTheAttribute(string profileMembers)
    {
        DecideUser(User(profileMembers)).Should().Be(ExclusionReason.None);
    }

    [Theory]
    [InlineData("Opal_okta_ciam_managed")]
    [InlineData("OPAL_OKTA_CIAM_MANAGED")]
    [InlineData("opal_okta_ciam_managed ")]
    [InlineData(" opal_okta_ciam_managed")]
    [InlineData("opal_okta_ciam_manage")]
    [InlineData("opal_okta_ciam_managedd")]
    [InlineData("opal_okta_ciam_managed\\u0000")]
    [InlineData("opal_okta_ciam_managed\\uD800")]
    [InlineData("profile.opal_okta_ciam_managed")]
    public void Decide_NameThatOnlyResemblesAttribute_DoesNotCount(string name)
    {
        DecideUser(User($"\"{name}\": true")).Should().Be(ExclusionReason.AttributeMissing);
    }

    [Fact]
    public void Decide_ProfileMissing_IsExcluded()
    {
        var json = $"{{\"id\": \"00u1\", \"status\": \"ACTIVE\", \"{AttributeName}\": true}}";

        DecideUser(json).Should().Be(ExclusionReason.ProfileMissing);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("\"profile\"")]
    [InlineData("true")]
    [InlineData("42")]
    [InlineData("[{\"opal_okta_ciam_managed\": true}]")]
    public void Decide_ProfileNotAnObject_IsExcludedAsInvalid(string profile)
    {
        DecideUser(UserWithProfile(profile)).Should().Be(ExclusionReason.ProfileInvalid);
    }

    [Theory]
    [InlineData("\"profile\": {\"opal_okta_ciam_managed\": true}")]
    [InlineData("\"profile\": {}")]
    [InlineData("\"profile\": null")]
    [InlineData("\"pro\\u0066ile\": {\"opal_okta_ciam_managed\": true}")]
    public void Decide_ProfileNamedTwice_IsExcludedAsDuplicated(string secondProfile)
    {
        DecideUser(User($"\"{AttributeName}\": true", secondProfile)).Should().Be(ExclusionReason.ProfileDuplicated);
    }

    [Fact]
    public void Decide_ProfileNamedTwiceAfterIt_IsExcludedAsDuplicated()
    {
        var json = ManagedUser().TrimEnd()[..^1] + ", \"profile\": {\"opal_okta_ciam_managed\": true}}";

        DecideUser(json).Should().Be(ExclusionReason.ProfileDuplicated);
    }

    [Fact]
    public void Decide_EscapedProfileName_IsTheProfile()
    {
        var json = $"{{\"id\": \"00u1\", \"\\u0070rofile\": {{\"{AttributeName}\": true}}}}";

        DecideUser(json).Should().Be(ExclusionReason.None);
    }

    [Fact]
    public void Decide_AttributeTrueAmongUnicodeAndEscapes_IsManaged()
    {
        var json = User($"\"displayName\": \"Zoë \\\"Z\\\" Ö'Brien 😀 \\ud83d\\ude00 \\n\", \"日本語\": \"名前\", \"{AttributeName}\": true, \"nested\": {{\"a\": [1, -0.5e-3, {{}}]}}");

        DecideUser(json).Should().Be(ExclusionReason.None);
    }

    [Fact]
    public void FilterPage_OktaListUsersExample_ExcludesItAsAttributeMissing()
    {
        var page = CreateSut().FilterPage(Utf8(Read("listUsers.200.ListUsers.json")), FilterTestJsonContext.Default.TestOktaUser);

        page.Managed.Should().BeEmpty();
        page.RecordCount.Should().Be(1);
        page.Excluded[ExclusionReason.AttributeMissing].Should().Be(1);
        page.Excluded.Total.Should().Be(1);
    }

    [Fact]
    public void FilterPage_MixedPage_ReturnsManagedRecordsInOrderAndCountsTheRest()
    {
        var json = Page(
            ManagedUser("00uManaged1"),
            User($"\"{AttributeName}\": false", id: "00uCustomer1"),
            User(id: "00uCustomer2"),
            ManagedUser("00uManaged2"),
            User($"\"{AttributeName}\": \"true\"", id: "00uCustomer3"),
            User($"\"{AttributeName}\": null", id: "00uCustomer4"));

        var page = CreateSut().FilterPage(Utf8(json), FilterTestJsonContext.Default.TestOktaUser);

        page.Managed.Select(u => u.Id).Should().Equal("00uManaged1", "00uManaged2");
        page.Managed[0].Profile["login"].GetString().Should().Be("isaac.brock@example.com");
        page.Managed[0].Profile[AttributeName].GetBoolean().Should().BeTrue();
        page.RecordCount.Should().Be(6);
        page.Excluded[ExclusionReason.AttributeFalse].Should().Be(1);
        page.Excluded[ExclusionReason.AttributeMissing].Should().Be(1);
        page.Excluded[ExclusionReason.AttributeNotBoolean].Should().Be(1);
        page.Excluded[ExclusionReason.AttributeNull].Should().Be(1);
        page.Excluded.Total.Should().Be(4);
    }

    [Fact]
    public void FilterPage_GroupsPage_ReturnsManagedGroups()
    {
        var groups = JsonSerializer.Deserialize<JsonElement>(Read("listGroups.200.ListGroupsExample.json"));
        var first = groups[0].GetRawText().Replace("\"profile\": {", $"\"profile\": {{\"{AttributeName}\": true,", StringComparison.Ordinal);
        var json = Page(first, groups[1].GetRawText());

        var page = CreateSut().FilterPage(Utf8(json), FilterTestJsonContext.Default.JsonElement);

        page.Managed.Should().ContainSingle().Which.GetProperty("id").GetString().Should().Be("00g1emaKYZTWRYYRRTSK");
        page.Excluded[ExclusionReason.AttributeMissing].Should().Be(1);
    }

    [Fact]
    public async Task FilterPage_LeadingByteOrderMark_IsSkipped()
    {
        byte[] json = [0xEF, 0xBB, 0xBF, .. Utf8(Page(ManagedUser("00uBom"), User()))];
        var sut = CreateSut();

        var page = sut.FilterPage(json, FilterTestJsonContext.Default.TestOktaUser);
        var streamed = await sut.FilterPageAsync(new ChunkedStream(json, seed: 5, maxChunk: 2), FilterTestJsonContext.Default.TestOktaUser);

        page.Managed.Select(u => u.Id).Should().Equal("00uBom");
        streamed.Managed.Select(u => u.Id).Should().Equal("00uBom");
        streamed.Excluded.Should().Be(page.Excluded);
    }

    [Fact]
    public void FilterPage_EmptyArray_ReturnsEmptyPage()
    {
        var page = CreateSut().FilterPage(" [ ] \n"u8, FilterTestJsonContext.Default.JsonElement);

        page.Managed.Should().BeEmpty();
        page.RecordCount.Should().Be(0);
        page.Excluded.Total.Should().Be(0);
    }

    [Fact]
    public void FilterPage_ManagedRecordTheModelCannotRead_IsExcludedAsRecordInvalid()
    {
        var unreadable = $"{{\"id\": 42, \"status\": \"ACTIVE\", \"profile\": {{\"{AttributeName}\": true}}}}";
        var json = Page(ManagedUser("00uFine"), unreadable);

        var page = CreateSut().FilterPage(Utf8(json), FilterTestJsonContext.Default.TestOktaUser);

        page.Managed.Select(u => u.Id).Should().Equal("00uFine");
        page.Excluded[ExclusionReason.RecordInvalid].Should().Be(1);
    }

    [Fact]
    public void FilterPage_ManagedRecordWithDuplicateIdAndStrictModel_IsExcludedAsRecordInvalid()
    {
        var json = Page(User($"\"{AttributeName}\": true", "\"id\": \"00uOther\""));

        var page = CreateSut().FilterPage(Utf8(json), StrictFilterTestJsonContext.Default.TestOktaUser);

        page.Managed.Should().BeEmpty();
        page.Excluded[ExclusionReason.RecordInvalid].Should().Be(1);
    }

    [Fact]
    public void FilterPage_InvalidUtf8_ExcludesTheManagedRecordAndKeepsTheCustomerExcluded()
    {
        byte[] broken = [0xC3, 0x28];
        var managed = Utf8($"{{\"id\": \"00uBad\", \"status\": \"A") .Concat(broken).Concat(Utf8($"\", \"profile\": {{\"{AttributeName}\": true}}}}"));
        var customer = Utf8("{\"id\": \"00uC\", \"status\": \"") .Concat(broken).Concat(Utf8("\", \"profile\": {}}"));
        byte[] json = [.. Utf8("["), .. managed, .. Utf8(","), .. customer, .. Utf8(","), .. Utf8(ManagedUser("00uGood")), .. Utf8("]")];

        var page = CreateSut().FilterPage(json, FilterTestJsonContext.Default.TestOktaUser);

        page.Managed.Select(u => u.Id).Should().Equal("00uGood");
        page.Excluded[ExclusionReason.RecordInvalid].Should().Be(1);
        page.Excluded[ExclusionReason.AttributeMissing].Should().Be(1);
    }

    [Fact]
    public void DecidePage_MixedPage_CountsWithoutReadingRecords()
    {
        var json = Page(ManagedUser(), User(), UserWithProfile("null"), ManagedUser());

        var decision = CreateSut().DecidePage(Utf8(json));

        decision.RecordCount.Should().Be(4);
        decision.ManagedCount.Should().Be(2);
        decision.Excluded[ExclusionReason.AttributeMissing].Should().Be(1);
        decision.Excluded[ExclusionReason.ProfileInvalid].Should().Be(1);
    }

    [Fact]
    public async Task FilterPageAsync_TinyChunks_MatchesTheInMemoryResult()
    {
        var json = Utf8(Page(ManagedUser("00uA"), User(), ManagedUser("00uB"), User($"\"{AttributeName}\": false")));
        var sut = CreateSut();
        var expected = sut.FilterPage(json, FilterTestJsonContext.Default.TestOktaUser);

        var actual = await sut.FilterPageAsync(new ChunkedStream(json, seed: 1, maxChunk: 3), FilterTestJsonContext.Default.TestOktaUser);

        actual.Managed.Select(u => u.Id).Should().Equal(expected.Managed.Select(u => u.Id));
        actual.RecordCount.Should().Be(expected.RecordCount);
        actual.Excluded.Should().Be(expected.Excluded);
    }

    [Fact]
    public async Task FilterPageAsync_RecordsLargerThanTheBuffer_AreReadWhole()
    {
        var huge = new string('é', 100_000);
        var bigManaged = User($"\"{AttributeName}\": true, \"bio\": \"{huge}\"", id: "00uBig");
        var bigCustomer = User($"\"bio\": \"{huge}\"");
        var json = Utf8(Page(bigCustomer, bigManaged, ManagedUser("00uSmall"), bigCustomer));

        var page = await CreateSut().FilterPageAsync(new ChunkedStream(json, seed: 2, maxChunk: 5000), FilterTestJsonContext.Default.TestOktaUser);

        page.Managed.Select(u => u.Id).Should().Equal("00uBig", "00uSmall");
        page.Managed[0].Profile["bio"].GetString().Should().Be(huge);
        page.Excluded[ExclusionReason.AttributeMissing].Should().Be(2);
    }

    [Fact]
    public async Task FilterPageAsync_TokenLargerThanTheLimit_ThrowsProtocolException()
    {
        var json = Utf8("[{\"profile\": {\"bio\": \"" + new string('x', PooledJsonReader.MaxBufferSize) + "\"}}]");

        var act = async () => await CreateSut().DecidePageAsync(new MemoryStream(json));

        await act.Should().ThrowAsync<ConnectorProtocolException>().WithMessage("*larger than 16 MiB*");
    }

    [Fact]
    public async Task FilterPageAsync_Cancelled_ThrowsOperationCanceled()
    {
        using var cts = new CancellationTokenSource();
        await cts.CancelAsync();

        var act = async () => await CreateSut().FilterPageAsync(new ChunkedStream(Utf8(Page(ManagedUser())), 3), FilterTestJsonContext.Default.JsonElement, cts.Token);

        await act.Should().ThrowAsync<OperationCanceledException>();
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{}")]
    [InlineData("null")]
    [InlineData("\"[]\"")]
    [InlineData("[1]")]
    [InlineData("[null]")]
    [InlineData("[[]]")]
    [InlineData("[{}, \"x\"]")]
    [InlineData("[{}, [{}]]")]
    [InlineData("[{}")]
    [InlineData("[{},]")]
    [InlineData("[{}] [{}]")]
    [InlineData("[{}] x")]
    [InlineData("[{\"profile\": {\"opal_okta_ciam_managed\": tru}}]")]
    [InlineData("[{\"profile\": {\"opal_okta_ciam_managed\": true}}")]
    [InlineData("[{\"profile\": {\"opal_okta_ciam_managed\": true}]")]
    [InlineData("[{\"profile\": {\"opal_okta_ciam_managed\": true,}}]")]
    [InlineData("[{\"profile\": {\"opal_okta_ciam_managed\" true}}]")]
    [InlineData("[{'profile': {}}]")]
    [InlineData("[{\"profile\": {}} /* comment */]")]
    [InlineData("[{\"a\": \"\\x\"}]")]
    [InlineData("[{\"a\": 01}]")]
    public async Task FilterPage_MalformedOrWrongShape_ThrowsProtocolExceptionForTheWholePage(string body)
    {
        var sut = CreateSut();
        var json = Utf8(body);

        var span = () => sut.FilterPage(json, FilterTestJsonContext.Default.JsonElement);
        var decide = () => sut.DecidePage(json);
        var stream = async () => await sut.FilterPageAsync(new ChunkedStream(json, 4), FilterTestJsonContext.Default.JsonElement);

        span.Should().Throw<ConnectorProtocolException>().Which.InnerException.Should().BeNull();
        decide.Should().Throw<ConnectorProtocolException>();
        await stream.Should().ThrowAsync<ConnectorProtocolException>();
    }

    [Fact]
    public void FilterPage_TooDeep_ThrowsProtocolException()
    {
        var json = "[{\"profile\": {\"a\": " + new string('[', 70) + new string(']', 70) + "}}]";

        var act = () => CreateSut().DecidePage(Utf8(json));

        act.Should().Throw<ConnectorProtocolException>();
    }

    [Fact]
    public async Task FilterPage_TruncatedAnywhere_ThrowsAndNeverQuotesTheRecord()
    {
        var json = Utf8(Page(ManagedUser("00uManaged1"), User(id: "00uCustomer1")));
        var sut = CreateSut();
        var messages = new HashSet<string>();
        var partialResults = new List<int>();

        for (var length = 0; length < json.Length; length++)
        {
            var truncated = json[..length];
            try
            {
                sut.FilterPage(truncated, FilterTestJsonContext.Default.JsonElement);
                partialResults.Add(length);
            }
            catch (ConnectorProtocolException exception)
            {
                messages.Add(exception.Message);
            }

            try
            {
                await sut.FilterPageAsync(new MemoryStream(truncated), FilterTestJsonContext.Default.JsonElement);
                partialResults.Add(length);
            }
            catch (ConnectorProtocolException exception)
            {
                messages.Add(exception.Message);
            }
        }

        partialResults.Should().BeEmpty();
        messages.Should().NotBeEmpty();
        string.Concat(messages).Should().NotContainAny("isaac", "Brock", "00uCustomer1", "00uManaged1", "example.com", "Director");
    }

    [Fact]
    public void FilterPage_BrokenCustomerRecord_MessageNamesOnlyThePosition()
    {
        var json = Utf8(Page(User("\"secret\": \"alice.customer@example.com\" \"x\"")));

        var act = () => CreateSut().FilterPage(json, FilterTestJsonContext.Default.JsonElement);

        act.Should().Throw<ConnectorProtocolException>()
            .Which.Message.Should().NotContainAny("alice", "example.com", "secret", "\"x\"").And.Contain("line");
    }

    [Fact]
    public void TryReadManaged_ManagedUser_ReturnsTheRecord()
    {
        var found = CreateSut().TryReadManaged(Utf8(ManagedUser("00uFresh")), FilterTestJsonContext.Default.TestOktaUser, out var user, out var reason);

        found.Should().BeTrue();
        reason.Should().Be(ExclusionReason.None);
        user!.Id.Should().Be("00uFresh");
    }

    [Fact]
    public void TryReadManaged_CustomerUser_ReturnsNothingAndTheReason()
    {
        var found = CreateSut().TryReadManaged(Utf8(User($"\"{AttributeName}\": \"true\"")), FilterTestJsonContext.Default.TestOktaUser, out var user, out var reason);

        found.Should().BeFalse();
        user.Should().BeNull();
        reason.Should().Be(ExclusionReason.AttributeNotBoolean);
    }

    [Fact]
    public void TryReadManaged_UnreadableManagedUser_ReturnsRecordInvalid()
    {
        var json = $"{{\"id\": \"00u1\", \"status\": [], \"profile\": {{\"{AttributeName}\": true}}}}";

        var found = CreateSut().TryReadManaged(Utf8(json), FilterTestJsonContext.Default.TestOktaUser, out _, out var reason);

        found.Should().BeFalse();
        reason.Should().Be(ExclusionReason.RecordInvalid);
    }

    [Theory]
    [InlineData("[]")]
    [InlineData("null")]
    [InlineData("{\"profile\": {}} {}")]
    [InlineData("{\"profile\": {\"opal_okta_ciam_managed\": true}")]
    public void TryReadManaged_NotOneObject_ThrowsProtocolException(string body)
    {
        var act = () => CreateSut().TryReadManaged(Utf8(body), FilterTestJsonContext.Default.JsonElement, out _, out _);

        act.Should().Throw<ConnectorProtocolException>();
    }

    [Fact]
    public async Task ReadManagedAsync_ManagedAndCustomer_ReturnsOnlyTheManagedRecord()
    {
        var sut = CreateSut();

        var managed = await sut.ReadManagedAsync(new ChunkedStream(Utf8(ManagedUser("00uX")), 5), FilterTestJsonContext.Default.TestOktaUser);
        var customer = await sut.ReadManagedAsync(new ChunkedStream(Utf8(User($"\"{AttributeName}\": false")), 6), FilterTestJsonContext.Default.TestOktaUser);

        managed.IsManaged.Should().BeTrue();
        managed.Value!.Id.Should().Be("00uX");
        customer.IsManaged.Should().BeFalse();
        customer.Value.Should().BeNull();
        customer.Reason.Should().Be(ExclusionReason.AttributeFalse);
    }

    [Fact]
    public void DecidePage_CustomerRecords_AllocateNothingPerRecord()
    {
        var sut = CreateSut();
        var few = Utf8(Page(Enumerable.Repeat(User(), 2).ToArray()));
        var many = Utf8(Page(Enumerable.Repeat(User(), 400).ToArray()));
        sut.DecidePage(few);
        sut.DecidePage(many);

        var forFew = AllocationProbe.MinimumAllocated(() => sut.DecidePage(few));
        var forMany = AllocationProbe.MinimumAllocated(() => sut.DecidePage(many));

        forMany.Should().Be(forFew);
    }

    [Fact]
    public void FilterPage_CustomerRecords_AllocateNothingPerRecord()
    {
        var sut = CreateSut();
        var typeInfo = FilterTestJsonContext.Default.TestOktaUser;
        var few = Utf8(Page([ManagedUser(), .. Enumerable.Repeat(User(), 2)]));
        var many = Utf8(Page([ManagedUser(), .. Enumerable.Repeat(User(), 400)]));
        sut.FilterPage(few, typeInfo);
        sut.FilterPage(many, typeInfo);

        var forFew = AllocationProbe.MinimumAllocated(() => sut.FilterPage(few, typeInfo));
        var forMany = AllocationProbe.MinimumAllocated(() => sut.FilterPage(many, typeInfo));

        forMany.Should().Be(forFew);
    }
}
