using System.Text;
using System.Text.Json;
using CsCheck;
using OktaCiam.Connector.Abstractions;

namespace OktaCiam.Connector.Tests;

public sealed class ManagedIdSetTests
{
    private const string ManagedId = "00u118oQYT4TBGuay0g4";

    private static ManagedIdSet CreateSut() => new([ManagedId, "00uManaged2", "00gManagedGroup"]);

    private static byte[] Utf8(string json) => Encoding.UTF8.GetBytes(json);

    [Fact]
    public void Ctor_EmptyOrOverlongId_Throws()
    {
        var empty = () => new ManagedIdSet(["00u1", string.Empty]);
        var overlong = () => new ManagedIdSet([new string('a', ManagedIdSet.MaxIdLength + 1)]);

        empty.Should().Throw<ArgumentException>();
        overlong.Should().Throw<ArgumentException>();
    }

    [Fact]
    public void Contains_Utf8AndUtf16_MatchOrdinally()
    {
        var sut = CreateSut();

        sut.Count.Should().Be(3);
        sut.Contains("00uManaged2"u8).Should().BeTrue();
        sut.Contains("00uManaged2".AsSpan()).Should().BeTrue();
        sut.Contains("00umanaged2"u8).Should().BeFalse();
        sut.Contains("00uManaged"u8).Should().BeFalse();
        sut.Contains([0xC3, 0x28]).Should().BeFalse();
        sut.Contains(new byte[ManagedIdSet.MaxIdLength * 4]).Should().BeFalse();
    }

    [Fact]
    public void TryGetId_Match_ReturnsTheSetsOwnInstance()
    {
        var id = new string("00uManaged2".AsSpan());
        var sut = new ManagedIdSet([id]);

        sut.TryGetId("00uManaged2"u8, out var found).Should().BeTrue();

        found.Should().BeSameAs(id);
    }

    [Fact]
    public void FilterIdList_RoleAssigneesFixture_ReturnsManagedIdsAndNextLink()
    {
        var json = Utf8(OktaFixtures.Read("listUsersWithRoleAssignments.200.User_List.json"));

        var page = CreateSut().FilterIdList(json);

        page.ManagedIds.Should().Equal(ManagedId);
        page.RecordCount.Should().Be(1);
        page.NextHref.Should().Be("http://your-subdomain.okta.com/api/v1/iam/assignees/users?after=00u118oQYT4TBGuay0g4&limit=1");
    }

    [Fact]
    public void FilterIdList_GroupMembersFixture_KeepsOnlyManagedMembers()
    {
        var member = OktaFixtures.Read("listGroupUsers.200.ListMemberUserResponse.json").Trim()[1..^1];
        var customer = member.Replace("00u118oQYT4TBTemp0g4", "00uCustomer", StringComparison.Ordinal);
        var managed = member.Replace("00u118oQYT4TBTemp0g4", "00uManaged2", StringComparison.Ordinal);

        var page = CreateSut().FilterIdList(Utf8($"[{customer},{managed},{member}]"));

        page.ManagedIds.Should().Equal("00uManaged2");
        page.RecordCount.Should().Be(3);
        page.Excluded[ExclusionReason.IdNotManaged].Should().Be(2);
        page.NextHref.Should().BeNull();
    }

    [Fact]
    public void FilterIdList_EntryShapes_AreExcludedWithReasons()
    {
        var json = """
            {"value": [
              {"id": "00uManaged2"},
              {"orn": "orn:okta:users:00uManaged2"},
              {"id": 42},
              {"id": null},
              {"id": "00uManaged2", "id": "00uManaged2"},
              {"id": "00u\u004danaged2", "_links": {"self": {"id": "x"}}},
              {"profile": {"id": "00uManaged2"}},
              {"id": "00uCustomer"},
              {"id": "\uD800"}
            ]}
            """;

        var page = CreateSut().FilterIdList(Utf8(json));

        page.ManagedIds.Should().Equal("00uManaged2", "00uManaged2");
        page.RecordCount.Should().Be(9);
        page.Excluded[ExclusionReason.IdMissing].Should().Be(2);
        page.Excluded[ExclusionReason.IdInvalid].Should().Be(3);
        page.Excluded[ExclusionReason.IdNotManaged].Should().Be(2);
    }

    [Theory]
    [InlineData("")]
    [InlineData("null")]
    [InlineData("{}")]
    [InlineData("{\"values\": []}")]
    [InlineData("{\"value\": {}}")]
    [InlineData("{\"value\": [], \"value\": []}")]
    [InlineData("{\"value\": [1]}")]
    [InlineData("[\"00uManaged2\"]")]
    [InlineData("[[]]")]
    [InlineData("[{\"id\": \"00uManaged2\"}")]
    [InlineData("[{\"id\": \"00uManaged2\"},]")]
    [InlineData("{\"value\": [], \"_links\": {\"next\": {\"href\": \"a\"}, \"next\": {\"href\": \"b\"}}}")]
    [InlineData("{\"value\": [], \"_links\": {\"next\": {\"href\": \"\\uD800\"}}}")]
    public void FilterIdList_MalformedOrWrongShape_ThrowsProtocolException(string body)
    {
        var act = () => CreateSut().FilterIdList(Utf8(body));

        act.Should().Throw<ConnectorProtocolException>();
    }

    [Fact]
    public async Task FilterIdListAsync_TinyChunks_MatchesTheInMemoryResult()
    {
        var entries = Enumerable.Range(0, 300).Select(i => i % 50 == 0 ? "{\"id\":\"00uManaged2\"}" : $"{{\"id\":\"00uCustomer{i}\",\"orn\":\"orn:okta:x\"}}");
        var json = Utf8("{\"value\":[" + string.Join(",", entries) + "],\"_links\":{\"next\":{\"href\":\"https://x.okta.com/api/v1/iam/assignees/users?after=abc\"}}}");
        var sut = CreateSut();

        var page = await sut.FilterIdListAsync(new ChunkedStream(json, seed: 9, maxChunk: 11));

        page.ManagedIds.Should().HaveCount(6);
        page.RecordCount.Should().Be(300);
        page.Excluded[ExclusionReason.IdNotManaged].Should().Be(294);
        page.NextHref.Should().Be("https://x.okta.com/api/v1/iam/assignees/users?after=abc");
    }

    [Fact]
    public void FilterIdList_CustomerIds_AllocateNothingPerEntry()
    {
        var sut = CreateSut();
        var few = Utf8("{\"value\":[" + string.Join(",", Enumerable.Range(0, 2).Select(i => $"{{\"id\":\"00uCustomer{i:D9}\"}}")) + "]}");
        var many = Utf8("{\"value\":[" + string.Join(",", Enumerable.Range(0, 500).Select(i => $"{{\"id\":\"00uCustomer{i:D9}\"}}")) + "]}");
        sut.FilterIdList(few);
        sut.FilterIdList(many);

        var forFew = AllocationProbe.MinimumAllocated(() => sut.FilterIdList(few));
        var forMany = AllocationProbe.MinimumAllocated(() => sut.FilterIdList(many));

        forMany.Should().Be(forFew);
    }

    [Fact]
    public void FilterIdList_GeneratedLists_AgreeWithTheReference()
    {
        var sut = CreateSut();
        var id = Gen.OneOf("00uManaged2", ManagedId, "00uCustomer", "00umanaged2", string.Empty).SelectMany(FilterGenerators.Encode);
        var idValue = Gen.Frequency((10, id), (1, FilterGenerators.Primitive));
        var idKey = Gen.Frequency((10, Gen.Const("\"id\"")), (1, FilterGenerators.Encode("id")), (1, FilterGenerators.Key));
        var member = Gen.Select(idKey, idValue, (k, v) => k + ":" + v);
        var entry = Gen.Frequency(
            (40, member.Array[0, 3].Select(m => "{" + string.Join(",", m) + "}")),
            (1, FilterGenerators.Primitive));
        var list = Gen.Select(entry.Array[0, 12], Gen.Bool, (entries, wrapped) => wrapped
            ? "{\"value\":[" + string.Join(",", entries) + "],\"_links\":{\"next\":{\"href\":\"h\"}}}"
            : "[" + string.Join(",", entries) + "]");

        list.Sample(json =>
        {
            var bytes = Utf8(json);
            List<ExclusionReason>? expected = null;
            try
            {
                expected = Reference(bytes, sut);
            }
            catch (FormatException)
            {
            }

            if (expected is null)
            {
                var act = () => sut.FilterIdList(bytes);
                act.Should().Throw<ConnectorProtocolException>();
                return;
            }

            var page = sut.FilterIdList(bytes);
            page.RecordCount.Should().Be(expected.Count);
            page.ManagedIds.Should().HaveCount(expected.Count(r => r == ExclusionReason.None));
            foreach (var reason in Enum.GetValues<ExclusionReason>().Where(r => r != ExclusionReason.None))
            {
                page.Excluded[reason].Should().Be(expected.Count(r => r == reason), reason.ToString());
            }
        }, iter: 1000);
    }

    private static List<ExclusionReason> Reference(byte[] json, ManagedIdSet set)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var entries = root.ValueKind == JsonValueKind.Array ? root
            : root.ValueKind == JsonValueKind.Object && root.TryGetProperty("value", out var value) && value.ValueKind == JsonValueKind.Array ? value
            : throw new FormatException();
        return entries.EnumerateArray().Select(entry =>
        {
            if (entry.ValueKind != JsonValueKind.Object)
            {
                throw new FormatException();
            }

            var ids = entry.EnumerateObject().Where(p => NameIs(p, "id")).ToList();
            if (ids.Count == 0)
            {
                return ExclusionReason.IdMissing;
            }

            if (ids.Count > 1 || ids[0].Value.ValueKind != JsonValueKind.String)
            {
                return ExclusionReason.IdInvalid;
            }

            string? id;
            try
            {
                id = ids[0].Value.GetString();
            }
            catch (InvalidOperationException)
            {
                return ExclusionReason.IdNotManaged;
            }

            return set.Contains(id.AsSpan()) ? ExclusionReason.None : ExclusionReason.IdNotManaged;
        }).ToList();
    }

    private static bool NameIs(JsonProperty property, string name)
    {
        try
        {
            return property.Name == name;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }
}
