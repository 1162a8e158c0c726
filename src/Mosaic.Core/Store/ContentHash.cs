using System.Security.Cryptography;
using System.Text;
using System.Globalization;
using Mosaic.Domain;

namespace Mosaic.Store;

/// A digest of everything an import can change about an item, so that re-importing the same data is
/// recognised as unchanged by every engine alike.
public static class ContentHash
{
    public static string Of(ItemRecord item)
    {
        // Fields joined by a separator no text contains (U+001F), in a fixed order: cheaper than serialising, and
        // just as unambiguous.
        var b = new StringBuilder(item.Text.Length + 256);
        void Add(object? value) => b.Append(value switch
        {
            null => "\u0000",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString(),
        }).Append('\u001f');

        Add(item.Ref);
        Add(item.Scope.Kind);
        Add(item.Scope.ConversationNativeId);
        Add(item.Scope.Owner?.ToString());
        Add(item.Author?.ToString());
        Add(item.Timestamp.ToUnixTimeMilliseconds());
        Add(item.Timestamp.Offset.TotalMinutes);
        Add(item.ThreadRef);
        Add(item.Kind);
        Add(item.Text);
        Add(item.Indexed);
        foreach (var file in item.Files)
        {
            Add(file.Name);
            Add(file.Title);
        }

        Add("reactions");
        foreach (var reaction in item.Reactions.OrderBy(r => r.Key, StringComparer.Ordinal))
        {
            Add($"{reaction.Key}={reaction.Value.ToString(CultureInfo.InvariantCulture)}");
        }

        Add(item.ReplyCount);
        Add(item.EditedAt?.ToUnixTimeMilliseconds());
        Add(item.AuthorLabel);
        Add(item.Title);
        foreach (var person in item.People)
        {
            Add($"{person.Person}|{person.Role}");
        }

        // Only when there is one, so that items stored before schema 9 (none has a url) keep their digest.
        if (item.Url is not null)
        {
            Add("url");
            Add(item.Url);
        }

        return Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(b.ToString())), 0, 16);
    }

    /// What the forgotten list keeps of an item: enough to recognise it on a later import, nothing to read.
    public static string Forgotten(string source, string nativeId) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(source + "\n" + nativeId)));
}
