using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Mosaic.Domain;

namespace Mosaic.Store;

/// A digest of everything an import can change about an item, so that re-importing the same data is
/// recognised as unchanged by every engine alike.
public static class ContentHash
{
    public static string Of(ItemRecord item)
    {
        var canonical = JsonSerializer.Serialize(new object?[]
        {
            item.Ref, item.Scope.Kind.ToString(), item.Scope.ConversationNativeId, item.Scope.Owner?.ToString(), item.Author?.ToString(),
            item.Timestamp.ToUnixTimeMilliseconds(), item.Timestamp.Offset.TotalMinutes, item.ThreadRef, item.Kind, item.Text, item.Indexed,
            item.Files.Select(f => new[] { f.Name, f.Title }), item.Reactions.OrderBy(r => r.Key, StringComparer.Ordinal).Select(r => $"{r.Key}={r.Value}"),
            item.ReplyCount, item.EditedAt?.ToUnixTimeMilliseconds(),
            item.AuthorLabel, item.Title, item.People.Select(p => $"{p.Person}|{p.Role}"),
        });
        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)), 0, 16);
    }

    /// What the forgotten list keeps of an item: enough to recognise it on a later import, nothing to read.
    public static string Forgotten(string source, string nativeId) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source + "\n" + nativeId)));
}
