using System.Globalization;
using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Mosaic.Sample;

/// Writes a draft as a Slack workspace export zip: the five list files at the root and one folder
/// per conversation with a JSON file per UTC day. Entries are added in a fixed order with a fixed
/// timestamp and "\n" line endings, so the same draft always gives the same bytes.
internal static class SampleExportWriter
{
    private static readonly DateTimeOffset EntryTime = new(2025, 12, 1, 0, 0, 0, TimeSpan.Zero);

    // Slack's own exports indent with four spaces and keep markup like <@U…> and &amp; readable.
    private static readonly JsonWriterOptions JsonOptions = new()
    {
        Indented = true,
        IndentSize = 4,
        NewLine = "\n",
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(SampleDraft draft)
    {
        var team = draft.Team;
        var entries = new List<(string Path, byte[] Bytes)>
        {
            ("users.json", Json(w => Users(w, team))),
            ("channels.json", Json(w => Channels(w, team, SampleConversationType.PublicChannel))),
            ("groups.json", Json(w => Channels(w, team, SampleConversationType.PrivateChannel))),
            ("dms.json", Json(w => Dms(w, team))),
            ("mpims.json", Json(w => Channels(w, team, SampleConversationType.GroupMessage))),
        };

        var days = draft.Messages
            .GroupBy(m => $"{m.Conversation.FolderName}/{DayOf(m.Ts)}.json", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal);
        foreach (var day in days)
        {
            var messages = day.OrderBy(m => m.Ts, StringComparer.Ordinal).ToList();
            entries.Add((day.Key, Json(w =>
            {
                w.WriteStartArray();
                foreach (var m in messages)
                {
                    Message(w, m, team);
                }
                w.WriteEndArray();
            })));
        }

        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (path, bytes) in entries)
            {
                var entry = zip.CreateEntry(path, CompressionLevel.Optimal);
                entry.LastWriteTime = EntryTime;
                using var stream = entry.Open();
                stream.Write(bytes);
            }
        }
        return buffer.ToArray();
    }

    private static byte[] Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, JsonOptions))
        {
            write(writer);
        }
        buffer.WriteByte((byte)'\n');
        return buffer.ToArray();
    }

    /// Ts is unix seconds; a day file holds the messages of one UTC day.
    private static string DayOf(string ts)
    {
        var seconds = long.Parse(ts.AsSpan(0, ts.IndexOf('.', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
        return DateTimeOffset.FromUnixTimeSeconds(seconds).UtcDateTime.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }

    private static void Users(Utf8JsonWriter w, SampleTeam team)
    {
        w.WriteStartArray();
        foreach (var p in team.People)
        {
            w.WriteStartObject();
            w.WriteString("id", p.Id);
            w.WriteString("team_id", SampleTeam.TeamId);
            w.WriteString("name", p.Name);
            w.WriteBoolean("deleted", false);
            w.WriteString("real_name", p.RealName);
            w.WriteString("tz", p.TimeZone);
            w.WriteNumber("tz_offset", p.TzOffsetSeconds);
            w.WriteStartObject("profile");
            w.WriteString("title", p.Title);
            w.WriteString("display_name", p.Name);
            w.WriteString("real_name", p.RealName);
            w.WriteString("email", $"{p.Name}@{SampleTeam.Domain}");
            w.WriteString("first_name", p.FirstName);
            w.WriteString("last_name", p.LastName);
            w.WriteString("team", SampleTeam.TeamId);
            w.WriteEndObject();
            w.WriteBoolean("is_admin", p == team.Maya);
            w.WriteBoolean("is_owner", p == team.Maya);
            w.WriteBoolean("is_bot", false);
            w.WriteBoolean("is_app_user", false);
            w.WriteEndObject();
        }

        var bot = team.Bot;
        w.WriteStartObject();
        w.WriteString("id", bot.UserId);
        w.WriteString("team_id", SampleTeam.TeamId);
        w.WriteString("name", bot.Name);
        w.WriteBoolean("deleted", false);
        w.WriteString("real_name", bot.RealName);
        w.WriteString("tz", "Etc/UTC");
        w.WriteNumber("tz_offset", 0);
        w.WriteStartObject("profile");
        w.WriteString("title", "Posts deploys and the nightly furnace report");
        w.WriteString("display_name", bot.Name);
        w.WriteString("real_name", bot.RealName);
        w.WriteString("first_name", "Deploy");
        w.WriteString("last_name", "Bot");
        w.WriteString("bot_id", bot.BotId);
        w.WriteString("team", SampleTeam.TeamId);
        w.WriteEndObject();
        w.WriteBoolean("is_admin", false);
        w.WriteBoolean("is_owner", false);
        w.WriteBoolean("is_bot", true);
        w.WriteBoolean("is_app_user", false);
        w.WriteEndObject();
        w.WriteEndArray();
    }

    private static void Channels(Utf8JsonWriter w, SampleTeam team, SampleConversationType type)
    {
        w.WriteStartArray();
        foreach (var c in team.Conversations.Where(c => c.Type == type))
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteString("name", c.Name);
            w.WriteNumber("created", c.Created.ToUnixTimeSeconds());
            w.WriteString("creator", c.Creator.Id);
            w.WriteBoolean("is_archived", false);
            if (type == SampleConversationType.PublicChannel)
            {
                w.WriteBoolean("is_general", c == team.General);
            }
            Members(w, c, team);
            TextWithAuthor(w, "topic", c.Topic, c);
            TextWithAuthor(w, "purpose", c.Purpose, c);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    private static void Dms(Utf8JsonWriter w, SampleTeam team)
    {
        w.WriteStartArray();
        foreach (var c in team.Conversations.Where(c => c.Type == SampleConversationType.DirectMessage))
        {
            w.WriteStartObject();
            w.WriteString("id", c.Id);
            w.WriteNumber("created", c.Created.ToUnixTimeSeconds());
            Members(w, c, team);
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// Exports list current members only: someone who left is absent, someone who joined late is present.
    private static void Members(Utf8JsonWriter w, SampleConversation c, SampleTeam team)
    {
        w.WriteStartArray("members");
        foreach (var p in c.MembersAt(DateTimeOffset.MaxValue, team.People))
        {
            w.WriteStringValue(p.Id);
        }
        w.WriteEndArray();
    }

    private static void TextWithAuthor(Utf8JsonWriter w, string name, string value, SampleConversation c)
    {
        w.WriteStartObject(name);
        w.WriteString("value", value);
        w.WriteString("creator", value.Length == 0 ? "" : c.Creator.Id);
        w.WriteNumber("last_set", value.Length == 0 ? 0 : c.Created.ToUnixTimeSeconds());
        w.WriteEndObject();
    }

    private static void Message(Utf8JsonWriter w, SampleMessage m, SampleTeam team)
    {
        w.WriteStartObject();
        w.WriteString("type", "message");
        if (m.Subtype is not null)
        {
            w.WriteString("subtype", m.Subtype);
        }

        if (m.IsTombstone)
        {
            // Slack replaces a deleted thread root with a placeholder owned by Slackbot.
            w.WriteString("user", "USLACKBOT");
            w.WriteString("text", m.Text);
            w.WriteString("ts", m.Ts);
            w.WriteBoolean("hidden", true);
            ThreadRoot(w, m);
            w.WriteEndObject();
            return;
        }

        if (m.IsBot)
        {
            w.WriteString("text", m.Text);
            w.WriteString("ts", m.Ts);
            w.WriteString("bot_id", team.Bot.BotId);
            w.WriteString("username", team.Bot.Name);
            if (m.Attachment is { } a)
            {
                w.WriteStartArray("attachments");
                w.WriteStartObject();
                w.WriteNumber("id", 1);
                w.WriteString("color", "36a64f");
                w.WriteString("fallback", a.Fallback);
                w.WriteString("title", a.Title);
                w.WriteString("text", a.Text);
                w.WriteEndObject();
                w.WriteEndArray();
            }
            w.WriteEndObject();
            return;
        }

        var author = m.Author!;
        w.WriteString("user", author.Id);
        w.WriteString("text", m.Text);
        w.WriteString("ts", m.Ts);
        if (m.IsSystem)
        {
            w.WriteEndObject();
            return;
        }

        w.WriteString("team", SampleTeam.TeamId);
        w.WriteStartObject("user_profile");
        w.WriteString("first_name", author.FirstName);
        w.WriteString("real_name", author.RealName);
        w.WriteString("display_name", author.Name);
        w.WriteString("team", SampleTeam.TeamId);
        w.WriteString("name", author.Name);
        w.WriteBoolean("is_restricted", false);
        w.WriteBoolean("is_ultra_restricted", false);
        w.WriteEndObject();

        if (m.Edited is { } edit)
        {
            w.WriteStartObject("edited");
            w.WriteString("user", edit.UserId);
            w.WriteString("ts", edit.Ts);
            w.WriteEndObject();
        }

        if (m.Parent is { } parent)
        {
            w.WriteString("thread_ts", parent.Ts);
            w.WriteString("parent_user_id", parent.Author!.Id);
            if (m.Subtype == "thread_broadcast")
            {
                w.WriteStartObject("root");
                w.WriteString("type", "message");
                w.WriteString("user", parent.IsTombstone ? "USLACKBOT" : parent.Author.Id);
                w.WriteString("text", parent.Text);
                w.WriteString("ts", parent.Ts);
                w.WriteString("thread_ts", parent.Ts);
                w.WriteEndObject();
            }
        }
        else
        {
            ThreadRoot(w, m);
        }

        if (m.File is { } f)
        {
            var created = long.Parse(m.Ts.AsSpan(0, m.Ts.IndexOf('.', StringComparison.Ordinal)), CultureInfo.InvariantCulture);
            w.WriteStartArray("files");
            w.WriteStartObject();
            w.WriteString("id", f.Id);
            w.WriteNumber("created", created);
            w.WriteNumber("timestamp", created);
            w.WriteString("name", f.Name);
            w.WriteString("title", f.Title);
            w.WriteString("mimetype", f.MimeType);
            w.WriteString("filetype", f.FileType);
            w.WriteString("user", author.Id);
            w.WriteString("mode", "hosted");
            w.WriteString("url_private", $"https://files.slack.com/files-pri/{SampleTeam.TeamId}-{f.Id}/{f.Name}");
            w.WriteEndObject();
            w.WriteEndArray();
            w.WriteBoolean("upload", true);
            w.WriteBoolean("display_as_bot", false);
        }

        if (m.Reactions.Count > 0)
        {
            w.WriteStartArray("reactions");
            foreach (var r in m.Reactions)
            {
                w.WriteStartObject();
                w.WriteString("name", r.Name);
                w.WriteStartArray("users");
                foreach (var u in r.UserIds)
                {
                    w.WriteStringValue(u);
                }
                w.WriteEndArray();
                w.WriteNumber("count", r.UserIds.Count);
                w.WriteEndObject();
            }
            w.WriteEndArray();
        }
        w.WriteEndObject();
    }

    /// The thread summary Slack keeps on a root: counts, who replied, and every reply's ts.
    private static void ThreadRoot(Utf8JsonWriter w, SampleMessage root)
    {
        if (root.Replies.Count == 0)
        {
            return;
        }
        var replies = root.Replies.OrderBy(r => r.Ts, StringComparer.Ordinal).ToList();
        var users = replies.Select(r => r.Author!.Id).Distinct().ToList();
        w.WriteString("thread_ts", root.Ts);
        w.WriteNumber("reply_count", replies.Count);
        w.WriteNumber("reply_users_count", users.Count);
        w.WriteString("latest_reply", replies[^1].Ts);
        w.WriteStartArray("reply_users");
        foreach (var u in users)
        {
            w.WriteStringValue(u);
        }
        w.WriteEndArray();
        w.WriteStartArray("replies");
        foreach (var r in replies)
        {
            w.WriteStartObject();
            w.WriteString("user", r.Author!.Id);
            w.WriteString("ts", r.Ts);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteBoolean("is_locked", false);
        w.WriteBoolean("subscribed", false);
    }
}
