using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;

namespace OktaCiam.Connector.Tests.Docs;

/// <summary>Every C# block in the README compiles as a program against our packages, as a user would paste it.</summary>
public partial class ReadmeTests
{
    public static TheoryData<int, string> CSharpBlocks()
    {
        var data = new TheoryData<int, string>();
        var index = 0;
        foreach (Match match in CSharpBlock().Matches(File.ReadAllText(Path.Combine(RepoRoot(), "README.md"))))
        {
            data.Add(++index, match.Groups["code"].Value);
        }

        return data;
    }

    [Fact]
    public void Readme_HasCSharpBlocks()
    {
        CSharpBlocks().Should().NotBeEmpty();
    }

    [Theory]
    [MemberData(nameof(CSharpBlocks))]
    public void Readme_CSharpBlock_Compiles(int block, string code)
    {
        var tree = CSharpSyntaxTree.ParseText(
            "global using System; global using System.Collections.Generic; global using System.Linq; global using System.Threading.Tasks;\n" + code,
            new CSharpParseOptions(LanguageVersion.Latest));
        var references = ((string)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES")!).Split(Path.PathSeparator)
            .Concat(Directory.GetFiles(AppContext.BaseDirectory, "*.dll"))
            .GroupBy(Path.GetFileName, StringComparer.OrdinalIgnoreCase)
            .Select(g => MetadataReference.CreateFromFile(g.First()));
        var compilation = CSharpCompilation.Create(
            $"ReadmeBlock{block}",
            [tree],
            references,
            new CSharpCompilationOptions(OutputKind.ConsoleApplication, nullableContextOptions: NullableContextOptions.Enable));

        var errors = compilation.GetDiagnostics().Where(d => d.Severity == DiagnosticSeverity.Error).Select(d => d.ToString());

        errors.Should().BeEmpty($"README C# block #{block} must compile as written");
    }

    private static string RepoRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "OktaCiam.Connector.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("Repository root (OktaCiam.Connector.sln) not found above the test directory.");
    }

    [GeneratedRegex("```csharp\\n(?<code>.*?)```", RegexOptions.Singleline)]
    private static partial Regex CSharpBlock();
}
