using System.Text.Json.Serialization;
using Mosaic.Connectors.Slack;
using Mosaic.Domain;

namespace Mosaic.Requests;

/// An item as every interface shows it (the CLI's --json, the HTTP API): a citation carries N, a search
/// result carries Score. Url is a permalink when the source has one, else null.
public sealed record SourceView(
    [property: JsonPropertyName("n"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? N,
    [property: JsonPropertyName("id")] string Id,
    [property: JsonPropertyName("source")] string Source,
    [property: JsonPropertyName("ref")] string Ref,
    [property: JsonPropertyName("conversation")] string? Conversation,
    [property: JsonPropertyName("author")] string? Author,
    [property: JsonPropertyName("timestamp")] string Timestamp,
    [property: JsonPropertyName("text")] string Text,
    [property: JsonPropertyName("url")] string? Url,
    [property: JsonPropertyName("score"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Score)
{
    public static SourceView Of(ItemView item, WorkspaceInfo? workspace, int? n = null, double? score = null) => new(
        n, item.Id, item.Source, item.Ref, item.Conversation, item.Author, Time.Iso(item.Timestamp), item.Text,
        item.Source == "slack" ? SlackPermalink.For(workspace?.Url, item.ConversationNativeId, item.Ref, item.ThreadRef) : item.Url,
        score is null ? null : Math.Round(score.Value, 4));
}
