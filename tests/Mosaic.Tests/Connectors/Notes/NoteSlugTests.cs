using Mosaic.Connectors.Notes;

namespace Mosaic.Tests.Connectors.Notes;

public sealed class NoteSlugTests
{
    [Theory]
    [InlineData("Hello World", "hello-world")]
    [InlineData("  Q3 — Plans & Risks!  ", "q3-plans-risks")]
    [InlineData("API v2.0 (draft)", "api-v2-0-draft")]
    [InlineData("Überblick: Größe", "überblick-größe")]
    [InlineData("日本語 の 見出し", "日本語-の-見出し")]
    [InlineData("Привет, мир", "привет-мир")]
    [InlineData("١٢٣ numbers", "١٢٣-numbers")]
    [InlineData("--- ***", "section")]
    [InlineData("", "section")]
    [InlineData("🎉 Launch 🎉", "launch")]
    [InlineData("a__b", "a-b")]
    public void Of_KeepsLettersAndDigitsOfAnyScript_AndJoinsTheRestWithOneDash(string heading, string slug)
    {
        Assert.Equal(slug, NoteSlug.Of(heading));
    }
}
