using System.Globalization;
using System.Text.RegularExpressions;
using Mosaic.Domain;
using Mosaic.Permissions;
using Mosaic.Retrieval;
using Mosaic.Store;

namespace Mosaic.Api;

/// Checks posted items and writes them as the poster's. Every problem names the field and the item it is in;
/// nothing is written unless all of them are good.
public sealed partial class ItemIntake(IContentStore store, NameResolver names)
{
    public const int MaxItems = 1000;
    public const int MaxText = 200_000;
    private const int MaxRef = 200;
    private const int MaxTitle = 1000;

    /// Sources Mosaic's own connectors write; a posted item must not pass for a Slack message or someone's mail.
    private static readonly HashSet<string> Reserved = ["slack", "mail", "calendar", "notes", "backlog", "locomo", "mosaic", "configuration", Team.ProposalRecords.DecisionSource];

    public async Task<ItemsResponse> WriteAsync(Person poster, ItemsRequest request, CancellationToken ct = default)
    {
        var source = request.Source?.Trim() ?? "";
        if (!SourceName().IsMatch(source))
        {
            throw new MosaicException($"source: \"{source}\" is not a source name; use 1-32 lowercase letters, digits or dashes, starting with a letter (e.g. \"wiki\").");
        }

        if (Reserved.Contains(source))
        {
            throw new MosaicException($"source: \"{source}\" is Mosaic's own; name the tool the items come from (e.g. \"wiki\").");
        }

        var scope = await ScopeAsync(poster, request.Visibility, ct);
        if (request.Items is not { Count: > 0 } items)
        {
            throw new MosaicException("items: give at least one item, e.g. {\"ref\": \"page-1\", \"text\": \"…\"}.");
        }

        if (items.Count > MaxItems)
        {
            throw new MosaicException($"items: {items.Count} items in one request; send at most {MaxItems} at a time.");
        }

        var now = DateTimeOffset.UtcNow;
        var records = new List<ItemRecord>(items.Count);
        for (var i = 0; i < items.Count; i++)
        {
            records.Add(Record(poster, source, scope, items[i] ?? throw new MosaicException($"items[{i}]: is null."), $"items[{i}]", now));
        }

        var result = await store.WriteAsync(ImportBatch.OfItems($"POST /api/v1/items ({source})", [], [], records), ct);
        return new ItemsResponse(result.ItemsAdded, result.ItemsUpdated, result.ItemsUnchanged, records.Select(r => $"{r.Source}:{r.NativeId}").Distinct().ToList());
    }

    private async Task<Scope> ScopeAsync(Person poster, string? visibility, CancellationToken ct)
    {
        switch (visibility?.Trim())
        {
            case null or "" or "personal":
                return Scope.Personal(PersonRef.Mosaic(poster.Id));
            case "workspace":
                return Scope.Workspace;
            case { } name:
                var conversation = await names.ConversationAsync(name, poster, ct);
                return conversation.IsMember
                    ? Scope.Conversation(conversation.Source, conversation.NativeId)
                    : throw new NotAllowedException($"visibility: {poster.Handle} is not a member of {conversation.Label}; items can go only to a conversation the poster belongs to.");
        }
    }

    private static ItemRecord Record(Person poster, string source, Scope scope, PostedItem item, string where, DateTimeOffset now)
    {
        var itemRef = Required(item.Ref, $"{where}.ref", MaxRef);
        if (itemRef.Any(char.IsControl))
        {
            throw new MosaicException($"{where}.ref: holds a control character.");
        }

        var text = Required(item.Text, $"{where}.text", MaxText);
        if (item.Title is { Length: > MaxTitle })
        {
            throw new MosaicException($"{where}.title: {item.Title.Length:N0} characters; at most {MaxTitle:N0}.");
        }

        var timestamp = now;
        if (item.Timestamp is { } given
            && !DateTimeOffset.TryParse(given, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out timestamp))
        {
            throw new MosaicException($"{where}.timestamp: cannot read \"{given}\" as a time; use ISO-8601 like 2026-11-25T09:30:00+01:00.");
        }

        // The poster's id keeps one person's refs from replacing another's items of the same source.
        var author = PersonRef.Mosaic(poster.Id);
        return new ItemRecord(
            source, $"p{poster.Id}/{itemRef}", itemRef, scope, author, timestamp, string.IsNullOrWhiteSpace(item.Thread) ? null : item.Thread.Trim(),
            source, text, Indexed: true, [], new Dictionary<string, int>(), 0, null)
        {
            Title = string.IsNullOrWhiteSpace(item.Title) ? null : item.Title.Trim(),
        };
    }

    private static string Required(string? value, string where, int max)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            throw new MosaicException($"{where}: missing or empty.");
        }

        return value.Length > max ? throw new MosaicException($"{where}: {value.Length:N0} characters; at most {max:N0}.") : value.Trim();
    }

    [GeneratedRegex("^[a-z][a-z0-9-]{0,31}$")]
    private static partial Regex SourceName();
}
